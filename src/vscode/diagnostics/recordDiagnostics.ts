import { coachesQuestion } from '../../core/questionCheck/coachScope';
import { parsePlan, type Plan } from '../../core/records/plan';
import { parseQuestions } from '../../core/records/questions';
import { roleOf } from '../../core/records/roleOf';
import * as vscode from 'vscode';
import type { Problem } from '../../core/problem';
import { validateRecord } from '../../core/records/validateRecord';
import { decodeRecordBytes, MAX_FILE_BYTES, tooLargeProblem } from '../../core/text/decode';
import { refusalProblem } from '../../store/recordFiles';
import { DIAGNOSTIC_SOURCE } from '../ids';
import { readRecordUri } from '../readRecordUri';
import type { RecordsLocator } from '../recordsLocator';
import { readTeamSettings } from '../teamSettings';
import { questionDiagnostics } from './questionDiagnostics';

const TYPING_DELAY_MS = 150;

/**
 * Keeps the Problems panel in step with every records file: open documents are checked as the
 * user types (their unsaved text), closed files from disk when they change or the workspace opens.
 * The events are wired by registerDiagnostics, which loads this class on the first one.
 */
export class RecordDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly locator: RecordsLocator,
    /** The person editing, from git (empty where git may not run): the checker coaches mentors. */
    private readonly whoAmI: (folder: vscode.WorkspaceFolder) => Promise<{ name?: string; email?: string }> = () =>
      Promise.resolve({}),
    /** Problems with `#G1` and `@handle` references (RecordLanguage.diagnostics). */
    private readonly references: (uri: vscode.Uri, text: string) => Promise<vscode.Diagnostic[]> = () =>
      Promise.resolve([]),
  ) {}

  /** Checks every records file in the workspace. */
  async scanAll(): Promise<void> {
    for (const folder of this.locator.folders()) {
      const root = this.locator.rootOf(folder);
      const files = await vscode.workspace.findFiles(
        // config.yml: the team's settings, checked like a record.
        new vscode.RelativePattern(root, '{**/*.md,config.yml}'),
        '**/{private,templates,reports}/**',
      );
      await Promise.all(files.map((f) => this.checkFile(f)));
    }
  }

  /** Checks one document's current text (unsaved changes included). */
  async checkDocument(document: vscode.TextDocument): Promise<void> {
    const rel = this.locator.relativeToRoot(document.uri);
    if (rel === undefined) return;
    const name = vscode.workspace.asRelativePath(document.uri);
    const text = document.getText();
    if (text.length > MAX_FILE_BYTES)
      return this.publish(document.uri, [tooLargeProblem(name, text.length)]);
    const questions = await this.questions(document.uri, rel, text);
    const references = await this.references(document.uri, text);
    // The text may have changed while the plan and the identity were read: publish the latest.
    if (document.getText() !== text) return;
    this.publish(document.uri, validateRecord(name, rel, text), [...questions, ...references]);
    // A goal or a handle added to or removed from the plan changes what the open records may name.
    if (/^[^/]+\/plan\.md$/.test(rel)) {
      const prefix = `${rel.split('/')[0]}/`;
      for (const d of vscode.workspace.textDocuments)
        if (d !== document && this.locator.relativeToRoot(d.uri)?.startsWith(prefix)) this.schedule(d);
    }
  }

  /** Checks a file: from its open document when there is one, else from disk. */
  async checkFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && !open.isClosed) return this.checkDocument(open);
    const where = this.locator.locate(uri);
    if (where === undefined) return;
    const rel = where.relative;
    // Private notes are checked too: nothing is copied, the problems stay on this machine.
    const read = await readRecordUri(where.root, uri, { allowPrivate: true });
    const name = vscode.workspace.asRelativePath(uri);
    if (!read.ok) {
      // A FIFO, a link or an oversize file is named in the Problems panel; a deleted one is not.
      if (read.reason === 'missing') this.collection.delete(uri);
      else this.publish(uri, [refusalProblem(name, read)]);
      return;
    }
    const decoded = decodeRecordBytes(name, read.bytes);
    if (!decoded.ok) return this.publish(uri, [decoded.problem]);
    const text = decoded.value.text;
    this.publish(uri, validateRecord(name, rel, text), [
      ...(await this.questions(uri, rel, text)),
      ...(await this.references(uri, text)),
    ]);
  }

  /** Checks a document once the user pauses typing. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.checkDocument(document);
      }, TYPING_DELAY_MS),
    );
  }

  private publish(
    uri: vscode.Uri,
    problems: readonly Problem[],
    extra: readonly vscode.Diagnostic[] = [],
  ): void {
    this.collection.set(uri, [...problems.map(toDiagnostic), ...extra]);
  }

  /**
   * The question checker's findings, unless the file cannot be parsed or the setting is off. It
   * coaches the questions a mentor asks: in questions.md those `by @handle` of a mentor of the
   * plan; any other (no author, or in an agenda) only while the person editing is a mentor. A
   * question a mentee queues for the mentor is never flagged.
   */
  private async questions(
    uri: vscode.Uri,
    relative: string,
    text: string,
  ): Promise<vscode.Diagnostic[]> {
    const where = this.locator.locate(uri);
    if (!where) return [];
    // The team's config.yml may switch the checker off for everyone; an explicit setting wins.
    if (!readTeamSettings(where.root, uri).settings['questionChecker.enabled']) return [];
    const plan = await this.planOf(where.root, where.slug);
    const editor = roleOf(plan, await this.whoAmI(where.folder));
    const authors = new Map<number, string | undefined>();
    if (relative.endsWith('/questions.md'))
      for (const q of parseQuestions(relative, text).questions) authors.set(q.line, q.by);
    return questionDiagnostics(relative, text, (line) =>
      coachesQuestion({ by: authors.get(line) }, plan, editor),
    );
  }

  /** A relationship's plan, from its open document or disk; undefined when it cannot be read. */
  private async planOf(root: vscode.Uri, slug: string): Promise<Plan | undefined> {
    const uri = vscode.Uri.joinPath(root, slug, 'plan.md');
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return parsePlan('plan.md', open.getText()).plan;
    const read = await readRecordUri(root, uri);
    if (!read.ok) return undefined;
    const decoded = decodeRecordBytes('plan.md', read.bytes);
    return decoded.ok ? parsePlan('plan.md', decoded.value.text).plan : undefined;
  }

  /** The diagnostics currently shown for a file. */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Forgets a file's problems (it was deleted). */
  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  /** Forgets the problems of a file, or of every file in a deleted folder. */
  deleteUnder(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    const gone: vscode.Uri[] = [];
    this.collection.forEach((u) => {
      if (u.toString() === uri.toString() || u.toString().startsWith(prefix)) gone.push(u);
    });
    for (const u of gone) this.collection.delete(u);
  }

  /** Forgets every problem (the records root moved). */
  clear(): void {
    this.collection.clear();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
  }
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const range = new vscode.Range(line, Math.max(0, p.column - 1), line, Number.MAX_SAFE_INTEGER);
  // Hints go to Information: VS Code keeps Hint out of the Problems panel, and unknown keys belong there.
  const severity =
    p.severity === 'error'
      ? vscode.DiagnosticSeverity.Error
      : p.severity === 'warning'
        ? vscode.DiagnosticSeverity.Warning
        : vscode.DiagnosticSeverity.Information;
  const d = new vscode.Diagnostic(range, p.message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = p.code;
  return d;
}
