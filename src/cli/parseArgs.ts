import { parseArgs as parseNodeArgs } from 'node:util';
import { t } from '../core/l10n';

/** How an option is read: a single value, a repeatable value, or a flag. */
export type OptionKind = 'string' | 'list' | 'flag';

/** One option of a verb's table: how it is read, and how `--help` shows it. */
export interface OptionSpec<K extends OptionKind = OptionKind> {
  kind: K;
  /** The value's placeholder in `--help` ("NAME" in `--by NAME`); not for flags. */
  placeholder?: string;
  /** One line for `--help`; an option without one is not listed there. */
  description?: string;
}

/** A verb's options by name (without the leading "--"). */
export type OptionTable = Record<string, OptionSpec>;

/**
 * The values a table's options read to: `string | undefined` for kind string, `string[]` for list
 * (empty when not given), `boolean` for flag.
 */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]: T[K]['kind'] extends 'flag'
    ? boolean
    : T[K]['kind'] extends 'list'
      ? string[]
      : string | undefined;
};

/** What parseArgs reads; optionValues (through defineVerb) gives a verb its typed values from it. */
export interface ParsedArgs {
  options: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/** A mistake in how the command was called: exit code 2 with a one-line message. */
export class UsageError extends Error {}

/**
 * Parses `--name value`, `--name=value`, repeatable options and flags with node's
 * `util.parseArgs`. `--` ends the options, so a question that starts with "-" can still be passed;
 * a negative number ("-5") is a positional; unknown options, a flag given a value, a value missing
 * and a single-value option given twice are usage errors.
 *
 * node's strict mode would refuse "-5" as an unknown short option before we could see it, so the
 * parse runs loose and the same checks are made here on its tokens.
 */
export function parseArgs(argv: readonly string[], specs: OptionTable): ParsedArgs {
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        spec.kind === 'flag'
          ? { type: 'boolean' as const }
          : { type: 'string' as const, multiple: spec.kind === 'list' },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  // A short-option group ("-56") gives one token per letter, all with the arg's index.
  let lastIndex = -1;
  for (const token of tokens) {
    const sameArg = token.index === lastIndex;
    lastIndex = token.index;
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option' || sameArg) continue;
    const arg = argv[token.index];
    if (!token.rawName.startsWith('--')) {
      if (arg[1] >= '0' && arg[1] <= '9') positionals.push(arg);
      else throw new UsageError(t('unknown option {0}', arg));
      continue;
    }
    const name = token.name;
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(t('unknown option --{0}', name));
    if (spec.kind === 'flag') {
      if (token.value !== undefined) throw new UsageError(t('--{0} takes no value', name));
      options[name] = true;
      continue;
    }
    if (token.value === undefined) throw new UsageError(t('--{0} needs a value', name));
    const before = options[name];
    if (spec.kind === 'list') {
      options[name] = [...(Array.isArray(before) ? before : []), token.value];
    } else {
      if (before !== undefined) throw new UsageError(t('--{0} is given twice', name));
      options[name] = token.value;
    }
  }
  return { options, positionals };
}

/**
 * The typed values of `table`'s options from a parse (parseArgs with that table): every option
 * present, lists as arrays, flags as booleans.
 */
export function optionValues<T extends OptionTable>(
  table: T,
  options: ParsedArgs['options'],
): OptionValues<T> {
  const values: Record<string, string | string[] | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(table)) {
    const value = options[name];
    if (spec.kind === 'flag') values[name] = value === true;
    else if (spec.kind === 'list') values[name] = Array.isArray(value) ? value : [];
    else values[name] = typeof value === 'string' ? value : undefined;
  }
  // The one cast of the typed path: the loop above gives each kind exactly OptionValues' type.
  return values as OptionValues<T>;
}

/** The `--help` lines of a table's described options ("  --by NAME   who asks"). */
export function optionHelp(table: OptionTable): string[] {
  const rows = Object.entries(table)
    .filter(([, spec]) => spec.description !== undefined)
    .map(([name, spec]) => {
      const value = spec.kind === 'flag' ? '' : ` ${spec.placeholder ?? 'VALUE'}`;
      const repeat = spec.kind === 'list' ? ' (repeatable)' : '';
      return [`--${name}${value}`, `${spec.description ?? ''}${repeat}`];
    });
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
