import type { CliContext } from './cliContext';
import type { OptionSpec, ParsedArgs } from './parseArgs';

/** One verb of the command line: its help and its handler. Exit codes: 0 fine, 1 problems, 2 usage or I/O. */
export interface Verb {
  name: string;
  summary: string;
  usage: string;
  /** Extra help lines shown by `<verb> --help`. */
  details: string[];
  options: Record<string, OptionSpec>;
  run(ctx: CliContext, args: ParsedArgs): Promise<number>;
}
