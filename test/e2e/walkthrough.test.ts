// The first hour of a new mentee, replayed through the command palette as a person would: Set
// Up with the defaults, a question, today's log, Prepare Agenda three times, Mark Session Held,
// a goal with a target shortcut. Each step leaves test-results/e2e/walkthrough-<n>-<step>.png.
import * as assert from 'node:assert';
import * as path from 'node:path';
import { Workbench, addDays, e2eEnvironment, today, waitForFile } from './workbench';

describe('The first hour, as a new mentee walks it', function () {
  const env = e2eEnvironment();
  // The workspace's git user is the mentee here: Set Up as "I'm the mentee" takes their name.
  const mentee = process.env.MJ_E2E_GIT_NAME ?? 'Sam Chen';
  const slug = mentee.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const records = path.join(env.workspace, 'mentoring', slug);
  const plan = path.join(records, 'plan.md');
  const log = path.join(records, 'sessions', `${today()}.md`);
  const question = 'What would you look for first in a review of my migration?';
  let wb: Workbench;
  let step = 'start';

  before(async function () {
    this.timeout(90_000);
    wb = await Workbench.open(env);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot(`walkthrough-${step}-failure`).catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
  });

  const status = () => wb.page.locator('.part.statusbar .statusbar-item', { hasText: `${mentee}:` });

  it('sets up as the mentee with the defaults: their own name and git email, never a mentor', async () => {
    step = '1-setup';
    await wb.typeInPalette('Mentoring: Set Up Mentoring Records');
    await wb.enter();
    await wb.waitForPrompt('Who are you in this relationship?');
    await wb.pick("I'm the mentee");
    await wb.enter();
    await wb.waitForPrompt("Mentee's name");
    assert.strictEqual(await wb.inputValue(), mentee);
    await wb.enter();
    await wb.waitForPrompt('Mentors');
    assert.strictEqual(await wb.inputValue(), '', 'the mentee is not offered as a mentor');
    await wb.page.keyboard.type('Ada Lovelace');
    await wb.enter();
    await wb.waitForPrompt('git identities');
    assert.match(await wb.inputValue(), /@/);
    await wb.shot('walkthrough-1-identity-prefilled');
    await wb.enter();
    await wb.waitForPrompt('How often do you meet?');
    await wb.pick('biweekly');
    await wb.enter();
    const text = await waitForFile(plan, (t) => t.includes(`mentee: ${mentee}`));
    assert.match(text, /Ada Lovelace/);
    assert.doesNotMatch(text.split('---')[1] ?? '', new RegExp(`mentors:.*${mentee}`));
    await wb.waitForActiveTab('plan.md');
    await wb.shot('walkthrough-1-plan');
  });

  it("queues a question without being asked which relationship, and shows it selected", async () => {
    step = '2-question';
    await wb.typeInPalette('Mentoring: Queue Question for Next Session');
    await wb.enter();
    await wb.waitForPrompt('Question for next session');
    await wb.page.keyboard.type(question);
    await wb.enter();
    await waitForFile(path.join(records, 'questions.md'), (t) => t.includes(question));
    await wb.waitForActiveTab('questions.md');
    await wb.page.locator('.notifications-toasts', { hasText: 'Queued for the next session' }).first().waitFor({ timeout: 15_000 });
    await wb.shot('walkthrough-2-question-queued');
  });

  it("creates today's log as prepared: the status bar says prepared, not met", async () => {
    step = '3-log';
    await wb.typeInPalette('Mentoring: New Session Log');
    await wb.enter();
    const text = await waitForFile(log, (t) => t.includes(question));
    assert.match(text, /^status: prepared$/m);
    await status().filter({ hasText: 'prepared for today' }).first().waitFor({ timeout: 15_000 });
    await wb.shot('walkthrough-3-log-prepared');
  });

  it('prepares the agenda three times and still has one agenda', async () => {
    step = '4-agenda';
    for (let i = 1; i <= 3; i++) {
      await wb.typeInPalette('Mentoring: Prepare Agenda');
      await wb.enter();
      await wb.waitForPrompt('Where should the agenda go?');
      await wb.pick("Insert into today's session log");
      await wb.enter();
      await wb.page
        .locator('.notifications-toasts', { hasText: 'Prepared the agenda' })
        .first()
        .waitFor({ timeout: 15_000 });
      await wb.page.keyboard.press('Escape');
    }
    const text = await waitForFile(log, (t) => t.includes(question));
    assert.strictEqual(text.split(question).length - 1, 1, text);
    assert.strictEqual((text.match(/^### Questions$/gm) ?? []).length, 1, text);
    await wb.shot('walkthrough-4-one-agenda');
  });

  it('marks the session held: the status bar says met today', async () => {
    step = '5-held';
    await wb.typeInPalette('Mentoring: Mark Session Held');
    await wb.enter();
    await waitForFile(log, (t) => /^status: held$/m.test(t));
    await status()
      .filter({ hasText: `met today · next ${addDays(today(), 14)}` })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb.shot('walkthrough-5-held');
  });

  it('adds a goal with a target shortcut, shown as the date it means, and selects it in the plan', async () => {
    step = '6-goal';
    await wb.typeInPalette('Mentoring: Add Goal');
    await wb.enter();
    await wb.waitForPrompt('What is the goal?');
    await wb.page.keyboard.type('Review migrations with confidence');
    await wb.enter();
    await wb.waitForPrompt('How will you both know');
    await wb.page.keyboard.type('Leads three migration reviews');
    await wb.enter();
    await wb.waitForPrompt('Target date');
    await wb.page.keyboard.type('next month');
    await wb.shot('walkthrough-6-target-shortcut');
    await wb.enter();
    const text = await waitForFile(plan, (t) => t.includes('### G1: Review migrations with confidence'));
    assert.match(text, /^- target: \d{4}-\d{2}-\d{2}$/m);
    await wb.waitForActiveTab('plan.md');
    await wb.shot('walkthrough-6-goal');
  });

  it('adds an action item due "next session", shown with its date before it is taken', async () => {
    step = '7-action';
    await wb.quickOpen(`${slug}/sessions/${today()}.md`, `${today()}.md`);
    await wb.typeInPalette('Mentoring: Add Action Item');
    await wb.enter();
    await wb.waitForPrompt('What was agreed?');
    await wb.page.keyboard.type('Draft the migration review checklist');
    await wb.enter();
    await wb.waitForPrompt('Who owns it?');
    await wb.enter();
    await wb.waitForPrompt('Due when?');
    const next = addDays(today(), 14);
    await wb.pick('next session');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: next }).first().waitFor({ timeout: 15_000 });
    await wb.shot('walkthrough-7-due-shortcuts');
    await wb.enter();
    await wb.waitForPrompt('Which goal does it serve?');
    await wb.pick('No goal');
    await wb.enter();
    const text = await waitForFile(log, (t) => t.includes('Draft the migration review checklist'));
    assert.match(text, new RegExp(`- \\[ \\] .*Draft the migration review checklist \\(due ${next}\\)`));
    await wb.shot('walkthrough-7-action-added');
  });

  it('exports a progress report as a real file and saves it from the editor title', async () => {
    step = '8-report';
    await wb.typeInPalette('Mentoring: Export Progress Report');
    await wb.enter();
    await wb.waitForPrompt('Which period?');
    await wb.pick('Last 30 days');
    await wb.enter();
    await wb.waitForActiveTab(`${slug}-${today()}-progress.md`);
    await wb.shot('walkthrough-8-report');
    await wb.page
      .locator('.editor-actions [aria-label*="Save Report to Records"]')
      .first()
      .click({ timeout: 15_000 });
    const saved = path.join(records, 'reports', `${today()}-progress.md`);
    const text = await waitForFile(saved, (t) => t.includes(mentee));
    assert.match(text, /\]\(\.\.\/sessions\//);
    await wb.waitForActiveTab(`${today()}-progress.md`);
    await wb.shot('walkthrough-8-report-saved');
  });
});
