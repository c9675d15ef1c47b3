// Shared helpers of the integration suites. They run inside a real extension host (code-server
// through scripts/realvscode/run.mjs, or VS Code desktop through test/electron/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { commitFilesIn, type GitPerson } from '../support/workspaceGit';

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

export type { GitPerson } from '../support/workspaceGit';

/** Writes `files` in the workspace and commits them as `who` at `date`; the commit's sha. */
export function commitFilesAs(
  who: GitPerson,
  date: string,
  message: string,
  files: Record<string, string>,
): string {
  return commitFilesIn(workspaceRoot(), who, date, message, files);
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
  // Reverting closes nothing, and a dirty untitled document (a report opened for reading) would
  // make closing ask to save: revert and close each dirty one first. Only the tests' own
  // documents: the workbench edits the user's settings.json through a model of its own (seen in
  // CI, dirty for a moment), and VS Code will not show that file in a text editor at all.
  for (const doc of vscode.workspace.textDocuments) {
    const ours =
      doc.uri.scheme === 'untitled' ||
      (doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined);
    if (doc.isDirty && ours) {
      // The workbench may open an editor of its own meanwhile (seen in CI: the user's
      // settings.json), and showTextDocument then refuses: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await vscode.window.showTextDocument(doc);
          break;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A session log as a person writes it: front matter, a few sections, the given action items. */
export function sessionFileText(
  date: string,
  actionItems: string[],
  notes = 'Talked it through.',
): string {
  return [
    '---',
    `date: ${date}`,
    '---',
    `# Session ${date}`,
    '',
    '## Agenda',
    '',
    '## Notes',
    notes,
    '',
    '## Action items',
    ...actionItems,
    '',
    '## Next time',
    '',
  ].join('\n');
}

/** Writes `sessions/<date>.md` of a slug (directly on disk, as a pull or a hand edit would). */
export function writeSession(slug: string, date: string, actionItems: string[]): string {
  const file = path.join(recordsDir(slug), 'sessions', `${date}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sessionFileText(date, actionItems), 'utf8');
  return file;
}

/** The 1-based line of the first line of `file` that contains `needle`; throws when none does. */
export function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in ${file}:\n${lines.join('\n')}`);
  return i + 1;
}

/** The body of a level-2 section ("## Agenda") of a markdown text, up to the next level-2 heading. */
export function sectionBody(text: string, name: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${name.toLowerCase()}`);
  if (start < 0) throw new Error(`no "## ${name}" section in:\n${text}`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Where two byte buffers differ: their lengths and every differing offset with both bytes. */
export function byteDiff(
  before: Uint8Array,
  after: Uint8Array,
): { sameLength: boolean; diffs: { offset: number; before: string; after: string }[] } {
  const diffs: { offset: number; before: string; after: string }[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    if (before[i] !== after[i])
      diffs.push({
        offset: i,
        before: before[i] === undefined ? '' : String.fromCharCode(before[i]),
        after: after[i] === undefined ? '' : String.fromCharCode(after[i]),
      });
  }
  return { sameLength: before.length === after.length, diffs };
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50)); // a polling interval inside a deadline
  }
}

/** The records of a relationship with three earlier sessions and two queued questions. */
export interface RelationshipWithHistory {
  slug: string;
  /** sessions/<date>.md by date: 2026-10-01, 2026-10-15, 2026-10-29. */
  sessions: Record<'2026-10-01' | '2026-10-15' | '2026-10-29', string>;
  questions: string;
}

/** The action items of the history, by what each case is. */
export const HISTORY_ITEMS = {
  /** 2026-10-01, open, due 2026-10-10: overdue, carried by every later agenda. */
  openOverdue: '@morgan Draft the migration review checklist (due 2026-10-10)',
  /** 2026-10-01, done. */
  done: '@sam Introduce Morgan to the DBA on-call',
  /** 2026-10-01, dropped (struck through). */
  dropped: '@morgan Rewrite the onboarding doc',
  /** 2026-10-15, open, no due date. */
  open: '@sam Share the incident review template',
  /** 2026-10-15, done. */
  doneLater: '@morgan Read the style guide',
  /** 2026-10-29, open, due later. */
  openRecent: '@morgan Pair on one migration review (due 2026-12-01)',
} as const;

/** The queued questions of the history. */
export const HISTORY_QUESTIONS = {
  queued: 'How do you decide when a migration needs a feature flag?',
  discussed: 'What does the DBA on-call actually do?',
} as const;

/**
 * Sets up a relationship (biweekly) through the command, then writes its history on disk:
 * sessions on 2026-10-01, 2026-10-15 and 2026-10-29 and a questions.md with one queued and one
 * discussed question.
 */
export async function setUpRelationshipWithHistory(
  mentee: string,
): Promise<RelationshipWithHistory> {
  const planPath = await setUpRelationship({ mentee, mentors: ['Sam Chen'], cadence: 'biweekly' });
  const slug = path.basename(path.dirname(path.resolve(planPath)));
  const i = HISTORY_ITEMS;
  const sessions = {
    '2026-10-01': writeSession(slug, '2026-10-01', [
      `- [ ] ${i.openOverdue}`,
      `- [x] ${i.done}`,
      `- [ ] ~~${i.dropped}~~`,
    ]),
    '2026-10-15': writeSession(slug, '2026-10-15', [`- [ ] ${i.open}`, `- [x] ${i.doneLater}`]),
    '2026-10-29': writeSession(slug, '2026-10-29', [`- [ ] ${i.openRecent}`]),
  };
  const questions = path.join(recordsDir(slug), 'questions.md');
  fs.writeFileSync(
    questions,
    [
      '# Questions for next time',
      `- [ ] ${HISTORY_QUESTIONS.queued} (added 2026-10-20 by @morgan)`,
      `- [x] ${HISTORY_QUESTIONS.discussed} (added 2026-10-02 by @morgan, discussed 2026-10-15)`,
      '',
    ].join('\n'),
    'utf8',
  );
  return { slug, sessions, questions };
}
