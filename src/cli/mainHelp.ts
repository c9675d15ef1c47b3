import { t } from '../core/l10n';

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
    // l10n-ignore: the command syntax is typed as it is in every language.
    t('Usage: {0}', 'mentoring-journal <command> [options]'),
    '',
    t('Keeps mentoring records (plan, sessions, questions) as markdown in git.'),
    '',
    t('Commands:'),
    ...verbs.map((v) => `  ${v.name.padEnd(16)} ${v.summary}`),
    '',
    t('Global options:'),
    t('  --dir PATH     a folder inside the repository (default: the current folder)'),
    t('  --root NAME    the records folder (default: mentoring)'),
    t('  --locale TAG   the language of messages (default: LC_ALL, LC_MESSAGES or LANG)'),
    t('  --help         help for a command: mentoring-journal <command> --help'),
    '',
    t('Exit codes: 0 fine, 1 problems found, 2 usage or I/O error.'),
  ].join('\n');
}
