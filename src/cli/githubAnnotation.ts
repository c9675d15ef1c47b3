import type { Problem } from '../core/problem';

/**
 * A workflow command's message escaped as GitHub's own toolkit does (@actions/core
 * `escapeData`): "%", CR and LF, so a message stays on its line and no text in it can start a
 * command of its own.
 */
export function escapeGithubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * A workflow command's property value escaped as GitHub's toolkit does (`escapeProperty`): the
 * message's characters, and ":" and "," which would end the value.
 */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', hint: 'notice' } as const;

/**
 * One problem as a GitHub Actions annotation:
 * `::error file=F,line=L,col=C,title=T::MESSAGE` (warnings as `::warning`, hints as `::notice`).
 * Only the leading "::" is ours; the file, title and message cannot add another command.
 */
export function githubAnnotation(p: Problem): string {
  const props = [
    `file=${escapeGithubProperty(p.file)}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `title=${escapeGithubProperty(`mentoring-journal ${p.code}`)}`,
  ].join(',');
  return `::${COMMAND[p.severity]} ${props}::${escapeGithubData(p.message)}`;
}
