import * as vscode from 'vscode';
import type { ReminderDigest } from '../../core/reminders/reminderDigest';

/**
 * The digest as one notification line, relationships by the mentee's name. A name comes from
 * the repository, so markdown's brackets and parentheses are escaped: a notification renders
 * markdown links, and none may come from a name. Action texts stay out (they are in the Action Items view).
 */
export function reminderMessage(d: ReminderDigest): string {
  const parts: string[] = [];
  if (d.sessions.length > 0)
    parts.push(
      vscode.l10n.t(
        'Sessions due: {0}.',
        d.sessions
          .map((s) =>
            s.overdue
              ? vscode.l10n.t('{0} (overdue since {1})', plain(s.label), s.due)
              : vscode.l10n.t('{0} (today)', plain(s.label)),
          )
          .join(', '),
      ),
    );
  if (d.actions.length > 0) {
    const where = [...new Set(d.actions.map((a) => plain(a.label)))].join(', ');
    parts.push(
      d.actions.length === 1
        ? vscode.l10n.t('1 action item of yours is overdue ({0}).', where)
        : vscode.l10n.t('{0} action items of yours are overdue ({1}).', d.actions.length, where),
    );
  }
  for (const n of d.nudges)
    parts.push(
      vscode.l10n.t(
        "Yesterday's session with {0} has no reflection and no action items yet.",
        plain(n.label),
      ),
    );
  return vscode.l10n.t('Mentoring: {0}', parts.join(' '));
}

function plain(name: string): string {
  return name.replace(/[[\]()\\`*_<>]/g, (c) => `\\${c}`);
}
