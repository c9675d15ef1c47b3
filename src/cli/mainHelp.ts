/** What `--help` lists of a verb: its name and one-line summary. */
export interface VerbSummary {
  name: string;
  summary: string;
}

/**
 * The text of `mentoring-journal --help`. runCli prints it; the build runs it once to give the
 * start entry (start.ts) the same text without loading any verb.
 */
export function mainHelp(verbs: readonly VerbSummary[]): string {
  return [
    'Usage: mentoring-journal <command> [options]',
    '',
    'Keeps mentoring records (plan, sessions, questions) as markdown in git.',
    '',
    'Commands:',
    ...verbs.map((v) => `  ${v.name.padEnd(16)} ${v.summary}`),
    '',
    'Global options:',
    '  --dir PATH   a folder inside the repository (default: the current folder)',
    '  --root NAME  the records folder (default: mentoring)',
    '  --help       help for a command: mentoring-journal <command> --help',
    '',
    'Exit codes: 0 fine, 1 problems found, 2 usage or I/O error.',
  ].join('\n');
}
