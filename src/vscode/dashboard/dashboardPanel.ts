import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { dashboardModel, type DashboardModel } from '../../core/review/dashboardModel';
import type { HostMessage, WebviewMessage } from '../../shared/dashboardMessages';
import { bankQuestions } from '../../workflows/openQuestions';
import { COMMANDS } from '../ids';
import { type RelationshipRef, relationshipKey } from '../recordsLocator';
import { recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { workflowPorts } from '../workflowPorts';
import { dashboardHtml, dashboardNonce } from './dashboardHtml';
import { handleWebviewMessage } from './dashboardMessageHandler';
import { loadRelationshipWithTexts } from '../relationshipLoader';

/**
 * The options every dashboard panel gets: scripts on (its own, by nonce), command URIs off, and
 * only the extension's dist/ and media/ folders readable (the default would expose the
 * workspace).
 */
export function dashboardOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

/** Every `file` value anywhere in a model: the only files the webview may ask to open. */
function filesOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) filesOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'file' && typeof v === 'string') out.add(v);
      else filesOf(v, out);
    }
  }
  return out;
}

/**
 * One relationship's dashboard: builds the model, sends it when the webview says it is ready
 * (and again on refresh or a records change), and opens files the model linked to.
 */
export class DashboardPanel {
  /** True between the webview's `ready` and its next unload (hiding a panel unloads it). */
  private ready = false;
  private lastModel: DashboardModel | undefined;
  private allowedFiles = new Set<string>();
  private deliveryWaiters: ((delivered: boolean) => void)[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  private closed = false;
  /** Fires once, when the panel closes. */
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly ref: RelationshipRef,
    private readonly s: Services,
    private readonly extensionUri: vscode.Uri,
  ) {
    panel.webview.options = dashboardOptions(extensionUri);
    panel.title = vscode.l10n.t('Dashboard: {0}', ref.slug);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        handleWebviewMessage(
          raw,
          {
            ready: () => this.onReady(),
            open: (m) => this.open(m),
            refresh: async () => void (await this.send()),
          },
          (m) => s.log.warn(m),
        ).then(undefined, (e: unknown) => s.log.error('dashboard: a message failed', e as Error));
      }),
      panel.onDidChangeViewState(() => {
        // A hidden webview is unloaded; it says ready again when it is shown.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.render();
  }

  get key(): string {
    return relationshipKey(this.ref);
  }

  /** The HTML set on the webview, with this load's nonce. */
  html = '';

  /** Sets the page anew, with a fresh nonce; the webview then says ready and gets the model. */
  render(): void {
    const webview = this.panel.webview;
    const asset = (...parts: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...parts)).toString();
    this.ready = false;
    this.html = dashboardHtml({
      cspSource: webview.cspSource,
      scriptUri: asset('dist', 'webview', 'dashboard.js'),
      styleUri: asset('media', 'dashboard.css'),
      nonce: dashboardNonce(),
      lang: vscode.env.language,
      l10n: vscode.l10n.bundle ?? {},
      title: vscode.l10n.t('Mentoring dashboard'),
    });
    webview.html = this.html;
  }

  /** Builds the model from the records and the latest topics, as of now. */
  async build(): Promise<DashboardModel> {
    const { rel, texts } = await loadRelationshipWithTexts(this.ref);
    const topics = this.s.topics.get(this.key);
    const bank = await bankQuestions(
      workflowPorts(this.s, this.ref, vscode.l10n.t('Open Dashboard')),
    );
    return dashboardModel(rel, {
      bank,
      today: toIsoDate(this.s.now()),
      topics: topics && { topics: topics.topics, commitInfo: topics.commitInfo },
      file: (relative) => recordUri(this.s.locator, this.ref, relative).toString(),
      sessionText: (relative) => texts.get(relative),
    });
  }

  /** Builds and posts the model; resolves with it and whether the webview took it. */
  async send(): Promise<{ model: DashboardModel; delivered: boolean }> {
    const model = await this.build();
    this.lastModel = model;
    // Closed while the model was built (a refresh after a records change): nothing to show it in.
    if (this.closed) return { model, delivered: false };
    // The tab names the person once the plan is read; the slug is only the folder.
    this.panel.title = vscode.l10n.t('Dashboard: {0}', model.mentee?.trim() || this.ref.slug);
    this.allowedFiles = filesOf(model);
    // Typed as the contract: core's model must fit the schema the webview checks it against.
    const message: HostMessage = { type: 'model', key: this.key, model };
    const delivered = this.ready && (await this.panel.webview.postMessage(message));
    if (delivered) {
      const waiters = this.deliveryWaiters;
      this.deliveryWaiters = [];
      for (const w of waiters) w(true);
    }
    return { model, delivered };
  }

  /** The model last sent, or a fresh one. */
  async model(): Promise<DashboardModel> {
    return this.lastModel ?? (await this.build());
  }

  /** Resolves true at the next delivery of a model, false after `timeoutMs`. */
  nextDelivery(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.deliveryWaiters = this.deliveryWaiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = (delivered: boolean) => {
        clearTimeout(timer);
        resolve(delivered);
      };
      this.deliveryWaiters.push(done);
    });
  }

  /** Sends a fresh model if the webview is showing; a hidden one asks when shown again. */
  async refresh(): Promise<void> {
    if (this.ready && this.panel.visible) await this.send();
  }

  private async onReady(): Promise<void> {
    this.ready = true;
    await this.send();
  }

  private async open(m: Extract<WebviewMessage, { type: 'open' }>): Promise<void> {
    // Only what the model linked to: a message cannot name another file, even inside the records.
    if (!this.allowedFiles.has(m.file)) {
      this.s.log.warn(`dashboard: ignored a request to open a file it did not show: ${m.file}`);
      return;
    }
    await vscode.commands.executeCommand(COMMANDS.openRecord, { file: m.file, line: m.line });
  }

  dispose(): void {
    this.closed = true;
    for (const w of this.deliveryWaiters) w(false);
    this.deliveryWaiters = [];
    for (const d of this.disposables) d.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }
}
