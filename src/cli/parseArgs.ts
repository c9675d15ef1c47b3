/** How one option is read: a single value, a repeatable value, or a flag. */
export interface OptionSpec {
  kind: 'string' | 'list' | 'flag';
}

/** Parsed command-line arguments. */
export interface ParsedArgs {
  options: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/** A mistake in how the command was called: exit code 2 with a one-line message. */
export class UsageError extends Error {}

/**
 * Parses `--name value`, `--name=value`, repeatable options and flags. `--` ends the options, so a
 * question that starts with "-" can still be passed. Unknown options are usage errors.
 */
export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg))
        throw new UsageError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}`);
    if (spec.kind === 'flag') {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    if (spec.kind === 'list')
      options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else {
      if (options[name] !== undefined) throw new UsageError(`--${name} is given twice`);
      options[name] = value;
    }
  }
  return { options, positionals };
}
