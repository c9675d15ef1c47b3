import * as vscode from 'vscode';

/** The things the views count. */
export type Counted =
  | 'commit'
  | 'file'
  | 'document'
  | 'topic'
  | 'held'
  | 'open action item'
  | 'queued question'
  | 'open item';

/**
 * "1 commit", "3 commits": one whole message for one and one for many, so a translation can
 * inflect the noun (English's added "s" is not how most languages count).
 */
export function counted(n: number, what: Counted): string {
  const one = n === 1;
  switch (what) {
    case 'commit':
      return one ? vscode.l10n.t('1 commit') : vscode.l10n.t('{0} commits', n);
    case 'file':
      return one ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', n);
    case 'document':
      return one ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', n);
    case 'topic':
      return one ? vscode.l10n.t('1 topic') : vscode.l10n.t('{0} topics', n);
    case 'held':
      return vscode.l10n.t('{0} held', n);
    case 'open action item':
      return one ? vscode.l10n.t('1 open action item') : vscode.l10n.t('{0} open action items', n);
    case 'queued question':
      return one ? vscode.l10n.t('1 queued question') : vscode.l10n.t('{0} queued questions', n);
    case 'open item':
      return one ? vscode.l10n.t('1 open item') : vscode.l10n.t('{0} open items', n);
  }
}
