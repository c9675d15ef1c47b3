import * as vscode from 'vscode';
import { COMMANDS } from './ids';

const KEY = 'mentoring.sessionTimer';
const TICK_MS = 15_000;

/** A session being timed: its log's URI and when Start Session ran (epoch milliseconds). */
export interface RunningSession {
  uri: string;
  startedAt: number;
}

/**
 * The Start Session / End Session timer. Its state is kept in workspaceState and, because the
 * workbench may not flush workspaceState when a window reloads right after a start, also in a
 * small file in the extension's workspace storage (outside the repository), written at once. So
 * a reload (or a crash) in the middle of a meeting keeps the start time; End Session stamps from
 * it. Created by extension.ts, so the status bar shows a running timer right after a reload, and
 * handed to the runtime's commands.
 */
export class SessionTimer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RunningSession | undefined>();
  /** Fires after a start or a stop, and when the saved state is read after a reload. */
  readonly onDidChange = this.changed.event;
  private current: RunningSession | undefined;
  private readonly file: vscode.Uri | undefined;

  constructor(
    private readonly state?: vscode.Memento,
    storage?: vscode.Uri,
  ) {
    this.current = parseRunning(state?.get<unknown>(KEY));
    this.file = storage && vscode.Uri.joinPath(storage, 'session-timer.json');
    if (!this.current) void this.readFile();
  }

  /** The session being timed, if any; a malformed stored value counts as none. */
  running(): RunningSession | undefined {
    return this.current;
  }

  async start(session: RunningSession): Promise<void> {
    this.current = session;
    this.changed.fire(session);
    await this.state?.update(KEY, session);
    if (this.file) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.file, '..'));
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(JSON.stringify(session)));
    }
  }

  async stop(): Promise<void> {
    this.current = undefined;
    this.changed.fire(undefined);
    await this.state?.update(KEY, undefined);
    if (this.file) await vscode.workspace.fs.delete(this.file).then(undefined, () => undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async readFile(): Promise<void> {
    if (!this.file) return;
    try {
      const saved = parseRunning(
        JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file))),
      );
      if (saved && !this.current) {
        this.current = saved;
        this.changed.fire(saved);
      }
    } catch {
      // No file (no timer was running) or an unreadable one: no timer.
    }
  }
}

function parseRunning(v: unknown): RunningSession | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { uri, startedAt } = v as Partial<RunningSession>;
  return typeof uri === 'string' && typeof startedAt === 'number' && Number.isFinite(startedAt)
    ? { uri, startedAt }
    : undefined;
}

/** Whole minutes since `startedAt`, as the status bar shows them. */
export function elapsedMinutes(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 60_000));
}

// A session log's file name, checked on the path only: enough to offer Start Session; the
// command itself checks the file is in the records.
const SESSION_PATH = /\/sessions\/\d{4}-\d{2}-\d{2}(?:-\d+)?\.md$/;

/**
 * The timer's status bar item: while a session is timed, "$(clock) 12 min" (click: End Session),
 * ticking every 15 seconds; otherwise, with a session log in the active editor, "$(play) Start
 * Session"; otherwise hidden.
 */
export function sessionTimerStatusBar(timer: SessionTimer, now: () => number): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(
    'mentoring.sessionTimer',
    vscode.StatusBarAlignment.Left,
    49,
  );
  item.name = vscode.l10n.t('Mentoring session timer');
  let tick: ReturnType<typeof setInterval> | undefined;
  const update = () => {
    const running = timer.running();
    if (running) {
      const minutes = elapsedMinutes(running.startedAt, now());
      const file = vscode.workspace.asRelativePath(vscode.Uri.parse(running.uri));
      const since = new Date(running.startedAt).toLocaleTimeString([], {
        hour: '2-digit',
        minute: '2-digit',
      });
      item.text = vscode.l10n.t('$(clock) {0} min', minutes);
      item.tooltip = vscode.l10n.t(
        'Session in {0}, timed since {1}. Click to end it and stamp the times in the log.',
        file,
        since,
      );
      item.command = COMMANDS.endSession;
      item.accessibilityInformation = {
        label: vscode.l10n.t('Session timer: {0} minutes. End Session', minutes),
      };
      item.show();
      tick ??= setInterval(update, TICK_MS);
      return;
    }
    if (tick) clearInterval(tick);
    tick = undefined;
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && SESSION_PATH.test(active.path)) {
      item.text = vscode.l10n.t('$(play) Start Session');
      item.tooltip = vscode.l10n.t('Start timing this session; End Session stamps the times.');
      item.command = COMMANDS.startSession;
      item.accessibilityInformation = { label: vscode.l10n.t('Start Session') };
      item.show();
    } else {
      item.hide();
    }
  };
  update();
  const subscriptions = [
    item,
    timer.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  ];
  return {
    dispose: () => {
      if (tick) clearInterval(tick);
      for (const d of subscriptions) d.dispose();
    },
  };
}
