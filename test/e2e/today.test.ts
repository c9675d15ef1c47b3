// The day of a first session, as a person does it in a fresh folder: the walkthrough from the
// welcome view, Set Up from its button, a goal and a question, Ctrl+Alt+M T for today's log, the
// session timed from the status bar (and still running after a reload), the views and the
// dashboard, and the walkthrough's steps ticked. Runs in a folder of its own, so the welcome view
// shows whatever the other suites wrote. Screenshots: test-results/e2e/today-<n>-<step>.png; the
// walkthrough's images in media/walkthrough/ are cropped from them (scripts/walkthroughImages.mjs).
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbench, e2eEnvironment, today, waitForFile } from './workbench';

// Browser-side, as source text (the project compiles without the DOM library).
const DASHBOARD_TEXT_JS = `(() => { const m = document.getElementById('dashboard'); return m ? m.textContent : null; })()`;

function gitFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-e2e-today-'));
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', process.env.MJ_E2E_GIT_NAME ?? 'Sam Chen');
  git('config', 'user.email', process.env.MJ_E2E_GIT_EMAIL ?? 'sam@example.com');
  git('config', 'commit.gpgsign', 'false');
  fs.writeFileSync(path.join(dir, 'README.md'), '# A team repository\n');
  git('add', 'README.md');
  git('commit', '-q', '-m', 'Start');
  return dir;
}

describe("A first session's day, from the walkthrough to the stamped log", function () {
  const shared = e2eEnvironment();
  const folder = gitFolder();
  const env = { ...shared, workspace: folder };
  const mentee = process.env.MJ_E2E_GIT_NAME ?? 'Sam Chen';
  const slug = mentee.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const records = path.join(folder, 'mentoring', slug);
  const log = path.join(records, 'sessions', `${today()}.md`);
  let wb: Workbench;
  let step = 'start';

  before(async function () {
    this.timeout(90_000);
    wb = await Workbench.open(env);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot(`today-${step}-failure`).catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Polls the page's frames until the dashboard's webview shows `text`. */
  async function dashboardShows(text: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of wb.page.frames()) {
        const shown = await frame.evaluate(DASHBOARD_TEXT_JS).catch(() => null);
        if (typeof shown === 'string' && shown.includes(text)) return;
      }
      if (Date.now() > deadline) throw new Error(`the dashboard never showed "${text}"`);
      await wb.page.waitForTimeout(200); // a polling interval inside a deadline
    }
  }
  const statusItem = (text: string) =>
    wb.page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
  const walkthrough = () => wb.page.locator('.gettingStartedContainer').first();
  /** A walkthrough step whose check mark shows it done (VS Code puts `.complete` on the icon). */
  const tickedStep = (title: string) =>
    walkthrough()
      .locator('.getting-started-step', { hasText: title, has: wb.page.locator('.codicon.complete') })
      .first();
  const openMentoringSideBar = async () => {
    const sideBarOpen = await wb.page
      .locator('.part.sidebar .composite.title', { hasText: /Mentoring/i })
      .isVisible();
    if (!sideBarOpen)
      await wb.page.locator('.part.activitybar [aria-label^="Mentoring"]').first().click();
  };

  it('opens the walkthrough from the welcome view of an empty Mentoring side bar', async () => {
    step = '1-walkthrough';
    await openMentoringSideBar();
    const button = wb.page
      .locator('.part.sidebar .welcome-view-content .monaco-button', {
        hasText: 'Open the Walkthrough',
      })
      .first();
    await button.waitFor({ timeout: 30_000 });
    await wb.shot('today-0-welcome');
    await button.click();
    await walkthrough().waitFor({ timeout: 15_000 });
    await walkthrough()
      .locator('.getting-started-step', { hasText: 'Set up the records' })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb.shot('today-1-walkthrough');
  });

  it("sets up the records from the walkthrough's button, as the mentee", async () => {
    step = '2-setup';
    await walkthrough()
      .locator('.monaco-button, a', { hasText: 'Set Up Mentoring Records' })
      .first()
      .click();
    // The step ticks as the command starts, and the walkthrough then moves its focus to the next
    // step: wait for that, and put the focus back into the prompt, as a person would click it.
    await tickedStep('Set up the records').waitFor({ timeout: 15_000 });
    // Every key goes to the prompt's own input (the locator focuses it first), since the
    // walkthrough may take the focus back at any moment while it re-renders.
    const input = wb.page.locator('.quick-input-widget input').first();
    const answer = async (prompt: string, text = '', row?: string) => {
      await wb.waitForPrompt(prompt);
      // fill sets the whole value at once: typed key by key, a focus change could cut it short.
      if (text) {
        await input.fill(text);
        assert.strictEqual(await wb.inputValue(), text);
      }
      if (row)
        await wb.page
          .locator('.quick-input-widget .monaco-list-row.focused', { hasText: row })
          .waitFor({ timeout: 15_000 });
      await input.press('Enter');
      // Seen once in CI: the walkthrough re-rendered as Enter went in, and the prompt stayed
      // (4/5 still showing 15 s later). The answer is given again only while this same prompt
      // still shows, so a later prompt never gets it.
      for (let again = 0; again < 3 && (await stillAsking(prompt)); again++)
        await input.press('Enter');
    };
    const stillAsking = async (prompt: string) => {
      const deadline = Date.now() + 3_000;
      while (Date.now() < deadline) {
        if (!(await wb.promptShowing(prompt))) return false;
        await wb.page.waitForTimeout(100);
      }
      return wb.promptShowing(prompt);
    };
    await answer('Who are you in this relationship?', "I'm the mentee", "I'm the mentee");
    await answer("Mentee's name");
    await answer('Mentors', 'Ada Lovelace');
    await answer('git identities');
    await answer('How often do you meet?', 'biweekly', 'biweekly');
    const plan = await waitForFile(path.join(records, 'plan.md'), (t) => t.includes(`mentee: ${mentee}`));
    assert.match(plan, /^mentors: \[Ada Lovelace\]$/m);
    await wb.waitForActiveTab('plan.md');
    await wb.shot('today-2-plan');
  });

  it('writes a goal and queues a question', async () => {
    step = '3-goal';
    await wb.typeInPalette('Mentoring: Add Goal');
    await wb.enter();
    await wb.waitForPrompt('What is the goal?');
    await wb.page.keyboard.type('Review database migrations with confidence');
    await wb.enter();
    await wb.waitForPrompt('How will you both know');
    await wb.page.keyboard.type('Leads three migration reviews without help');
    await wb.enter();
    await wb.waitForPrompt('Target date');
    await wb.page.keyboard.type('in 3 months');
    await wb.enter();
    await waitForFile(path.join(records, 'plan.md'), (t) => t.includes('### G1: Review database'));
    await wb.waitForEditorText('### G1: Review database migrations with confidence');
    await wb.shot('today-3-goal');
    step = '4-question';
    // Ctrl+Alt+M Q: Queue Question, from the keyboard.
    await wb.page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await wb.page.keyboard.press('Control+Alt+m');
    await wb.page.keyboard.press('q');
    await wb.waitForPrompt('Question for next session');
    await wb.page.keyboard.type('How do you decide when a migration needs a feature flag?');
    await wb.enter();
    await waitForFile(path.join(records, 'questions.md'), (t) => t.includes('feature flag?'));
    await wb.waitForActiveTab('questions.md');
    await wb.shot('today-4-question');
  });

  it("opens today's session with its agenda on Ctrl+Alt+M T", async () => {
    step = '5-today';
    assert.ok(!fs.existsSync(log));
    await wb.page.keyboard.press('Escape');
    await wb.page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await wb.page.keyboard.press('Control+Alt+m');
    await wb.page.keyboard.press('t');
    const text = await waitForFile(log, (t) => t.includes('feature flag?'));
    assert.match(text, /^status: prepared$/m);
    await wb.waitForActiveTab(`${today()}.md`);
    await wb.waitForEditorText('## Agenda');
    await wb.shot('today-5-session');
  });

  it('starts the session from the status bar, and clicking the timer ends and stamps it', async () => {
    step = '6-timer';
    await statusItem('Start Session').click({ timeout: 15_000 });
    await statusItem('0 min').waitFor({ timeout: 15_000 });
    await wb.shot('today-6-timer');
    await statusItem('0 min').click();
    const text = await waitForFile(log, (t) => /^status: held$/m.test(t));
    assert.match(text, /^started: "\d\d:\d\d"$/m);
    assert.match(text, /^ended: "\d\d:\d\d"$/m);
    assert.match(text, /^duration: \d+$/m);
    await wb.page
      .locator('.notifications-toasts', { hasText: 'Session stamped' })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb.shot('today-8-stamped');
  });

  it('shows the records in the views, and the mentor dashboard', async () => {
    step = '9-views';
    await wb.page.keyboard.press('Escape');
    await openMentoringSideBar();
    await wb.page
      .locator('.part.sidebar .monaco-list-row', { hasText: 'Sessions' })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb.shot('today-9-views');
    step = '10-dashboard';
    await wb.typeInPalette('Mentoring: Open Dashboard');
    await wb.enter();
    await dashboardShows('Review database migrations with confidence');
    await wb.shot('today-10-dashboard');
  });

  it("ticks the walkthrough's steps for the commands that ran", async () => {
    step = '11-ticked';
    // Back to the walkthrough's tab, still open from the first test.
    await wb.page.locator('.tabs-container .tab', { hasText: 'Welcome' }).first().click();
    await walkthrough().waitFor({ timeout: 15_000 });
    for (const title of [
      'Set up the records',
      "Write the plan's goals",
      'Queue a question',
      "Open today's session",
      'Log, time and reflect',
      'Mentors: review the dashboard',
    ]) {
      await tickedStep(title).waitFor({ timeout: 15_000 });
    }
    assert.strictEqual(
      await walkthrough()
        .locator('.getting-started-step', {
          hasText: 'Commit the records',
          has: wb.page.locator('.codicon.complete'),
        })
        .count(),
      0,
      'nothing was committed, so that step is still open',
    );
    await wb.shot('today-11-walkthrough-ticked');
  });

  it('keeps a running timer across a window reload, and ends it after', async () => {
    step = '12-reload';
    await wb.quickOpen(`${slug}/sessions/${today()}.md`, `${today()}.md`);
    await statusItem('Start Session').click({ timeout: 15_000 });
    await statusItem('0 min').waitFor({ timeout: 15_000 });
    // Start Session says so once the start time is kept; a reload before that cuts the command off.
    await wb.page
      .locator('.notifications-toasts', { hasText: 'Session timer started' })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await statusItem('0 min').waitFor({ timeout: 30_000 });
    // The reload restores the editors the workbench last saved, which may put the dashboard of
    // the step before in front: back to the log, as the person running the session would be
    // (Start Session belongs to a session log).
    await wb.quickOpen(`${slug}/sessions/${today()}.md`, `${today()}.md`);
    await wb.shot('today-12-timer-after-reload');
    await statusItem('0 min').click();
    await wb.page
      .locator('.notifications-toasts', { hasText: 'Session stamped' })
      .first()
      .waitFor({ timeout: 15_000 });
    await statusItem('Start Session').waitFor({ timeout: 15_000 });
    assert.match(fs.readFileSync(log, 'utf8'), /^ended: "\d\d:\d\d"$/m);
  });
});
