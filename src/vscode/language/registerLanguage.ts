import * as vscode from 'vscode';
import { CONFIG_SECTION, DIAGNOSTIC_SOURCE } from '../ids';
import type { Runtime } from '../runtime';
import type { RecordLanguage } from './recordLanguage';

/** Markdown files on disk or in a virtual workspace; recordsFile narrows to the records root. */
const SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-test-web' },
];

/**
 * Registers completion, hover, definition, references, rename, links and the quick fixes of
 * `#G1` and `@handle` at activation. A markdown file outside a records root is answered here,
 * with nothing, so the runtime loads only for the records.
 */
export function registerLanguage(
  context: vscode.ExtensionContext,
  runtime: () => Promise<Runtime>,
): void {
  const ask = async <T>(doc: vscode.TextDocument, none: T, work: (l: RecordLanguage) => Promise<T>) =>
    recordsFile(doc.uri) ? work((await runtime()).language) : none;
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      { provideCompletionItems: (d, p) => ask(d, [], (l) => l.completion(d, p)) },
      '#',
      '@',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover: (d, p) => ask(d, undefined, (l) => l.hover(d, p)),
    }),
    vscode.languages.registerDefinitionProvider(SELECTOR, {
      provideDefinition: (d, p) => ask(d, [], (l) => l.definition(d, p)),
    }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      provideReferences: (d, p, c) => ask(d, [], (l) => l.references(d, p, c.includeDeclaration)),
    }),
    vscode.languages.registerRenameProvider(SELECTOR, {
      prepareRename: (d, p) =>
        recordsFile(d.uri)
          ? runtime().then((r) => r.language.prepareRename(d, p))
          : Promise.reject(new Error(vscode.l10n.t('Not a mentoring record.'))),
      provideRenameEdits: (d, p, name) => ask(d, undefined, (l) => l.rename(d, p, name)),
    }),
    vscode.languages.registerDocumentLinkProvider(SELECTOR, {
      provideDocumentLinks: (d) => ask(d, [], (l) => l.links(d)),
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        provideCodeActions: (d, _r, ctx) =>
          ctx.diagnostics.some((x) => x.source === DIAGNOSTIC_SOURCE && x.code === 'unknown-goal')
            ? ask(d, [], (l) => l.codeActions(d, ctx.diagnostics))
            : [],
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}

/** True for a markdown file under its workspace folder's records root (the setting, read raw). */
function recordsFile(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const root = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('root');
  const prefix = vscode.Uri.joinPath(folder.uri, ...(root || 'mentoring').split('/')).path;
  return uri.path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
