import * as z from 'zod/mini';
import * as vscode from 'vscode';
import type { DashboardModel } from '../../core/review/dashboardModel';
import { relationshipKey, type RelationshipRef } from '../recordsLocator';
import type { Services } from '../services';
import { WEBVIEWS } from '../ids';
import { DashboardPanel } from './dashboardPanel';

/** How long Open Dashboard waits for the webview to take the model before it returns. */
const DELIVERY_TIMEOUT_MS = 15_000;
/** Records changes are gathered this long before the open dashboards rebuild. */
const REFRESH_DELAY_MS = 300;

/** What Open Dashboard returns: what the panel was given, for tests and callers. */
export interface DashboardOpened {
  key: string;
  viewType: string;
  title: string;
  options: { enableScripts: boolean; enableCommandUris: boolean; localResourceRoots: string[] };
  /** The page as set, with its CSP and nonce. */
  html: string;
  model: DashboardModel;
  /** True when the webview said it was ready and took this model. */
  delivered: boolean;
}

// Only the key is read from a restored panel's state: the rest is the webview's own business.
const restoredStateSchema = z.object({ key: z.string() });

/**
 * The open dashboards, one panel per relationship: opened or revealed by the command, restored
 * by the serializer after a reload, and refreshed while any is open when records change.
 */
export class DashboardPanels {
  private readonly panels = new Map<string, DashboardPanel>();
  private watching: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly s: Services) {}

  private get extensionUri(): vscode.Uri {
    return vscode.Uri.file(this.s.extensionPath);
  }

  /** Opens the relationship's dashboard, or reveals it; resolves once the model is delivered. */
  async open(ref: RelationshipRef): Promise<DashboardOpened> {
    const key = relationshipKey(ref);
    let p = this.panels.get(key);
    const delivery = (p: DashboardPanel) => p.nextDelivery(DELIVERY_TIMEOUT_MS);
    let delivered: Promise<boolean>;
    if (p) {
      delivered = delivery(p);
      p.panel.reveal();
      await p.refresh();
    } else {
      const panel = vscode.window.createWebviewPanel(
        WEBVIEWS.dashboard,
        `Dashboard: ${ref.slug}`,
        vscode.ViewColumn.Active,
        { enableScripts: true, enableCommandUris: false, localResourceRoots: [] },
      );
      p = this.adopt(panel, ref);
      delivered = delivery(p);
    }
    const ok = await delivered;
    const options = p.panel.webview.options;
    return {
      key,
      viewType: p.panel.viewType,
      title: p.panel.title,
      options: {
        enableScripts: options.enableScripts === true,
        enableCommandUris: options.enableCommandUris === true,
        localResourceRoots: (options.localResourceRoots ?? []).map((u) => u.toString()),
      },
      html: p.html,
      model: await p.model(),
      delivered: ok,
    };
  }

  /**
   * Restores a panel after a reload. Its state comes from the webview, so it is checked and the
   * key must name a relationship of this workspace; otherwise the panel is closed.
   */
  async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const parsed = restoredStateSchema.safeParse(state);
    const refs = parsed.success ? await this.s.locator.relationships() : [];
    const ref = refs.find((r) => relationshipKey(r) === (parsed.success ? parsed.data.key : ''));
    if (!ref || this.panels.has(relationshipKey(ref))) {
      this.s.log.info('dashboard: a restored panel names no relationship here; closed it');
      panel.dispose();
      return;
    }
    this.adopt(panel, ref);
  }

  /** Rebuilds every showing dashboard (records or topics changed). */
  refreshAll(): void {
    for (const p of this.panels.values())
      p.refresh().then(undefined, (e: unknown) =>
        this.s.log.error('dashboard: refresh failed', e as Error),
      );
  }

  private adopt(panel: vscode.WebviewPanel, ref: RelationshipRef): DashboardPanel {
    const p = new DashboardPanel(panel, ref, this.s, this.extensionUri);
    this.panels.set(p.key, p);
    p.onDidDispose(() => {
      this.panels.delete(p.key);
      if (this.panels.size === 0) this.stopWatching();
    });
    this.startWatching();
    return p;
  }

  /** Watches records only while a dashboard is open: nothing runs for a closed one. */
  private startWatching(): void {
    if (this.watching.length > 0) return;
    const changed = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refreshAll(), REFRESH_DELAY_MS);
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    this.watching = [
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'markdown' && this.s.locator.locate(e.document.uri))
          changed();
      }),
    ];
  }

  private stopWatching(): void {
    clearTimeout(this.timer);
    for (const d of this.watching) d.dispose();
    this.watching = [];
  }
}

const byServices = new WeakMap<Services, DashboardPanels>();

/**
 * The dashboards of a Services instance. The command table hands commands their Services only,
 * and the serializer reaches the runtime, not the command: both find the same panels here.
 */
export function dashboardsFor(s: Services): DashboardPanels {
  let panels = byServices.get(s);
  if (!panels) {
    panels = new DashboardPanels(s);
    byServices.set(s, panels);
  }
  return panels;
}
