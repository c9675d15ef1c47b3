/**
 * Where the verb is in the command line: the first word that is not an option, skipping the
 * values of global options given before it (`--dir PATH validate`); -1 when there is none.
 * Shared by the start entry (start.ts) and runCli, so both agree on "no verb given".
 */
export function verbIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return -1;
    if (a === '--dir' || a === '--root' || a === '--locale') i++;
    else if (!a.startsWith('-')) return i;
  }
  return -1;
}
