import { verbIndex } from './verbIndex';

/**
 * What the start entry can answer without loading a verb: the main help or the version, under
 * exactly the conditions runCli answers them (no verb word; `--help`/`-h` first, then
 * `--version`). Undefined means "load the CLI": a verb, an error, or a build without the help
 * text baked in (tsc's out/, where `help` is undefined).
 */
export function quickAnswer(
  argv: readonly string[],
  version: string,
  help: string | undefined,
): string | undefined {
  if (verbIndex(argv) >= 0 || help === undefined) return undefined;
  if (argv.includes('--help') || argv.includes('-h')) return help;
  if (argv.includes('--version')) return version;
  return undefined;
}
