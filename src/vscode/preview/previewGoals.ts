import * as vscode from 'vscode';
import type { PreviewGoal, RecordsPreviewOptions } from '../../core/preview/recordsMarkdownIt';
import type { Runtime } from '../runtime';

/**
 * The goals the markdown preview shows, by relationship folder. markdown-it renders
 * synchronously, so the plugin reads this snapshot; a miss asks the runtime for the
 * relationship's goals and refreshes the preview when they arrive. A plan edit drops its
 * relationship's snapshot, so the next render asks again.
 */
export class PreviewGoals implements RecordsPreviewOptions {
  private readonly goals = new Map<string, ReadonlyMap<string, PreviewGoal>>();
  private readonly asked = new Set<string>();

  constructor(private readonly runtime: () => Promise<Runtime>) {}

  goal(id: string, env: unknown): PreviewGoal | undefined {
    const doc = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
    if (!doc || typeof doc.toString !== 'function') return undefined;
    const key = relationshipDir(doc.toString());
    if (key === undefined) return undefined;
    const known = this.goals.get(key);
    if (known) return known.get(id);
    if (!this.asked.has(key)) {
      this.asked.add(key);
      this.runtime()
        .then((r) => r.language.previewGoals(vscode.Uri.parse(doc.toString(), true)))
        .then((goals) => {
          this.goals.set(key, goals);
          return vscode.commands.executeCommand('markdown.preview.refresh');
        })
        .then(undefined, (e: unknown) => console.error('[mentoring] preview goals', e))
        .finally(() => this.asked.delete(key));
    }
    return undefined;
  }

  today(): string {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  /** Forgets the goals of the relationship a changed plan belongs to. */
  planChanged(uri: vscode.Uri): void {
    const key = relationshipDir(uri.toString());
    if (key !== undefined && /\/plan\.md$/.test(uri.path)) this.goals.delete(key);
  }
}

// `<...>/<slug>/plan.md`, `<...>/<slug>/questions.md` or `<...>/<slug>/sessions/<file>.md`.
function relationshipDir(uri: string): string | undefined {
  const m = /^(.*)\/(?:plan\.md|questions\.md|sessions\/[^/]+\.md)$/.exec(uri);
  return m?.[1];
}
