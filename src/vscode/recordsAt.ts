import * as vscode from 'vscode';
import type { RecordsPort } from '../workflows/ports';
import type { Services } from './services';
import { UserError } from './userError';
import { workflowPorts } from './workflowPorts';

/**
 * A records file named by its URI, as the workflows name it (relative to its records root), with
 * the records port of its workspace folder.
 */
export function recordsAt(
  s: Services,
  uri: vscode.Uri,
  what: string,
): { file: string; records: RecordsPort } {
  const where = s.locator.locate(uri);
  if (!where)
    throw new UserError(
      vscode.l10n.t('{0} is not in the mentoring records.', vscode.workspace.asRelativePath(uri)),
    );
  const ref = {
    slug: where.slug,
    folder: where.folder,
    dir: vscode.Uri.joinPath(where.root, where.slug),
  };
  return { file: where.relative, records: workflowPorts(s, ref, what).records };
}
