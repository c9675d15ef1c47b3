import type { CliContext } from './cliContext';
import { optionValues, type OptionTable, type OptionValues, type ParsedArgs } from './parseArgs';

/**
 * One verb of the command line as runCli sees it: its help and its handler, which takes the parse
 * of its own table. Exit codes: 0 fine, 1 problems, 2 usage or I/O. Every verb is built with
 * defineVerb, so its handler reads typed values; none reads the parse directly.
 */
export interface Verb {
  name: string;
  summary: string;
  usage: string;
  /** Extra help lines shown by `<verb> --help`. */
  details: string[];
  /** The option table: how each option is parsed, and (where described) its `--help` line. */
  options: OptionTable;
  run(ctx: CliContext, args: ParsedArgs): Promise<number>;
}

/** A verb whose handler reads typed values from its option table (see defineVerb). */
export interface TypedVerb<T extends OptionTable> {
  name: string;
  summary: string;
  usage: string;
  details: string[];
  /** One table drives parsing, the values' types and the `--help` option lines. */
  options: T;
  run(ctx: CliContext, args: { values: OptionValues<T>; positionals: string[] }): Promise<number>;
}

/**
 * A Verb from a typed one: `run` receives `values` typed from the option table (`string |
 * undefined` for kind string, `string[]` for list, `boolean` for flag), so verbs need no casts.
 * The table is written inline: the `const` type parameter keeps its kinds as literal types.
 */
export function defineVerb<const T extends OptionTable>(verb: TypedVerb<T>): Verb {
  return {
    ...verb,
    run: (ctx, { options, positionals }) =>
      verb.run(ctx, { values: optionValues(verb.options, options), positionals }),
  };
}
