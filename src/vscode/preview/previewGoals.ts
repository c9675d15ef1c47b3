import * as vscode from 'vscode';
import type { PreviewGoal, RecordsPreviewOptions } from '../../core/preview/recordsMarkdownIt';
import type { Runtime } from '../runtime';

// A plan being typed in is read again once the typing pauses.
const PLAN_PAUSE_MS = 250;

/**
 * The goals the markdown preview shows, by relationship folder. markdown-it renders
 * synchronously, so the plugin reads this snapshot. It is loaded ahead: when a record's editor
 * becomes active (before a preview of it opens) and when a plan changes (once the edits pause);
 * a render that still misses asks for it, and every load refreshes the open previews. Goals read
 * while their plan changed are not kept (the change's own load follows), so a preview never keeps
 * goals from before a rename.
 */
export class PreviewGoals implements RecordsPreviewOptions, vscode.Disposable {
  private readonly goals = new Map<string, ReadonlyMap<string, PreviewGoal>>();
  private readonly asked = new Set<string>();
  /** Plan changes per relationship: goals read before the latest change are not kept. */
  private readonly changes = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly runtime: () => Promise<Runtime>) {}

  goal(id: string, env: unknown): PreviewGoal | undefined {
    const doc = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
    if (!doc || typeof doc.toString !== 'function') return undefined;
    const key = relationshipDir(doc.toString());
    if (key === undefined) return undefined;
    const known = this.goals.get(key);
    if (known) return known.get(id);
    this.load(key, doc.toString());
    return undefined;
  }

  today(): string {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  /** Loads the goals of the relationship a record belongs to, unless they are known. */
  warm(uri: vscode.Uri | undefined): void {
    const key = uri && relationshipDir(uri.toString());
    if (key !== undefined && !this.goals.has(key)) this.load(key, uri!.toString());
  }

  /** Forgets the goals of the relationship a changed plan belongs to, and reads them again. */
  planChanged(uri: vscode.Uri): void {
    const key = relationshipDir(uri.toString());
    if (key === undefined || !/\/plan\.md$/.test(uri.path)) return;
    this.goals.delete(key);
    this.changes.set(key, (this.changes.get(key) ?? 0) + 1);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.load(key, uri.toString());
      }, PLAN_PAUSE_MS),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private load(key: string, uri: string): void {
    if (this.asked.has(key)) return;
    this.asked.add(key);
    const changesBefore = this.changes.get(key) ?? 0;
    this.runtime()
      .then((r) => r.language.previewGoals(vscode.Uri.parse(uri, true)))
      .then((goals) => {
        // Done asking before the refresh, so that its render may ask again.
        this.asked.delete(key);
        // Read while the plan changed (a rename saved meanwhile): the change's load follows.
        if ((this.changes.get(key) ?? 0) !== changesBefore) return undefined;
        this.goals.set(key, goals);
        // No goals (or not a record after all): a render shows every chip as unknown anyway.
        return goals.size > 0
          ? vscode.commands.executeCommand('markdown.preview.refresh')
          : undefined;
      })
      .then(undefined, (e: unknown) => {
        this.asked.delete(key);
        console.error('[mentoring] preview goals', e);
      });
  }
}

// `<...>/<slug>/plan.md`, `<...>/<slug>/questions.md` or `<...>/<slug>/sessions/<file>.md`.
function relationshipDir(uri: string): string | undefined {
  const m = /^(.*)\/(?:plan\.md|questions\.md|sessions\/[^/]+\.md)$/.exec(uri);
  return m?.[1];
}
