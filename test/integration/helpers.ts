// Shared helpers of the integration suites. They run inside a real extension host (code-server
// through scripts/realvscode/run.mjs, or VS Code desktop through test/electron/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';

/** The id of the extension under test. */
export const EXTENSION_ID = 'mentoring-journal.mentoring-journal';

/** What `activate` returns (the part the tests rely on). */
export interface MentoringApi {
  version: string;
}

/** The extension under test, activated; fails the test when it is not installed. */
export async function activateExtension(): Promise<{
  extension: vscode.Extension<MentoringApi>;
  api: MentoringApi;
}> {
  const extension = vscode.extensions.getExtension<MentoringApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  const api = await extension.activate();
  return { extension, api };
}

/** The first workspace folder's path; the harness opens a temporary git repository. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need an open workspace folder');
  return folder.uri.fsPath;
}

/** Today's date as YYYY-MM-DD in local time, as the extension names session files. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The YAML front matter of a markdown text, parsed; throws when there is none. */
export function frontMatter(text: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text.slice(0, 300)}`);
  const data: unknown = parseYaml(match[1]);
  if (typeof data !== 'object' || data === null)
    throw new Error(`front matter is not a mapping:\n${match[1]}`);
  return data as Record<string, unknown>;
}

/** A YAML date value as YYYY-MM-DD, whether the parser gave a string or a Date. */
export function dateString(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export function readText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** Creates the records of a relationship through the command, without prompts. */
export async function setUpRelationship(args: {
  mentee: string;
  mentors: string[];
  identities?: string[];
  cadence?: string;
  kind?: string;
}): Promise<string> {
  const planPath = await vscode.commands.executeCommand<string>('mentoring.setUp', args);
  if (typeof planPath !== 'string')
    throw new Error(`mentoring.setUp returned ${JSON.stringify(planPath)}, not a path`);
  return planPath;
}

/** The records folder of a slug in the test workspace. */
export function recordsDir(slug: string): string {
  return path.join(workspaceRoot(), 'mentoring', slug);
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them: checks now, then on
 * every diagnostics change, and fails after `timeoutMs`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}: ${d.message}`);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.fsPath}; now: ${JSON.stringify(now)}`,
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Closes every editor without saving, so that one test's unsaved edits do not leak into the next. */
export async function closeAllEditorsWithoutSaving(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty && doc.uri.scheme === 'file') {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
