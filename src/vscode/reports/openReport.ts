import * as vscode from 'vscode';
import { createFileWithText } from '../documentEdits';
import { UserError } from '../userError';

/** The context key listing the report files open from storage (for the Save button's `when`). */
export const REPORT_FILES_KEY = 'mentoring:reportFiles';

/** A report opened from storage, and where Save puts it in the records. */
interface OpenReport {
  /** The records root it belongs to, and the file Save writes (under it). */
  root: vscode.Uri;
  saveAs: vscode.Uri;
  /** The text as saved: links relative to the saved file. */
  savedText: string;
}

const reports = new Map<string, OpenReport>();

/**
 * Opens a report as a real file: written to the extension's storage for this workspace (outside
 * the repository, so nothing is committed by accident and no Untitled tab is left behind), its
 * links absolute so they open from there, with "Save Report to Records" in the editor's title.
 */
export async function openReport(
  storage: vscode.Uri | undefined,
  name: string,
  text: string,
  save: { root: vscode.Uri; saveAs: vscode.Uri; savedText: string },
): Promise<vscode.Uri> {
  if (!storage) throw new UserError(vscode.l10n.t('This window has no storage folder for reports; open a folder first.'));
  const folder = vscode.Uri.joinPath(storage, 'reports');
  await vscode.workspace.fs.createDirectory(folder);
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  reports.set(uri.toString(), save);
  await vscode.commands.executeCommand(
    'setContext',
    REPORT_FILES_KEY,
    [...reports.keys()].map((k) => vscode.Uri.parse(k).fsPath),
  );
  const document = await vscode.workspace.openTextDocument(uri);
  // A document read from disk that was open before shows the new text.
  await vscode.window.showTextDocument(document, { preview: false });
  return uri;
}

/** Save Report to Records: the report in the editor (or `uri`), saved where its relationship keeps reports. */
export async function saveReport(uri: vscode.Uri | undefined): Promise<string> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const report = target && reports.get(target.toString());
  if (!report) throw new UserError(vscode.l10n.t('Save Report to Records works on a report opened by Export Progress Report or Export Team Report.'));
  await createFileWithText(report.root, report.saveAs, report.savedText);
  await vscode.window.showTextDocument(report.saveAs, { preview: false });
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Saved the report as {0}; commit it with the records if you want to keep it.', vscode.workspace.asRelativePath(report.saveAs)),
  );
  return report.saveAs.fsPath;
}

/**
 * Links written absolute (so they open from the storage copy) made relative to the folder the
 * report is saved in: only the prefixes our own formatter wrote are rewritten.
 */
export function relativeLinks(text: string, reportsFolder: vscode.Uri): string {
  const parts = reportsFolder.path.split('/').filter(Boolean);
  let out = text;
  // The deepest prefix first: "<root>/<slug>/" before "<root>/".
  for (let up = 0; up < parts.length; up++) {
    const prefix = reportsFolder.with({ path: `/${parts.slice(0, parts.length - up).join('/')}/` }).toString();
    out = out.split(`(${prefix}`).join(`(${up === 0 ? './' : '../'.repeat(up)}`);
  }
  return out;
}
