// The agenda flow, as a person does it in the browser: queue a question, prepare the
// agenda into today's session log, tick a carried action item through its "Tick at home"
// CodeLens, and find exactly one character changed in the item's home file. Along the way the
// Mentoring side bar and the status bar show the relationship. Screenshots of every step land in
// test-results/e2e/agenda-<step>.png.
//
// The records (a plan and an earlier session with an open item) are written on disk before the
// workbench opens, as a clone of a repository with records would be; they are removed at the end
// so that the other end-to-end suites find the workspace as the harness made it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench, addDays, e2eEnvironment, today, waitForFile } from './workbench';

const SLUG = 'riley-park';
const NAME = 'Riley Park';
const ITEM = '@riley Draft the migration review checklist';
const QUESTION = 'How do you split a risky migration into safe steps?';

describe('Agenda prep in the browser: queue, prepare, tick at home', function () {
  const env = e2eEnvironment();
  const root = path.join(env.workspace, 'mentoring');
  const records = path.join(root, SLUG);
  const earlier = addDays(today(), -14);
  const homeFile = path.join(records, 'sessions', `${earlier}.md`);
  const todayFile = path.join(records, 'sessions', `${today()}.md`);
  const due = addDays(today(), -7);
  const createdRoot = !fs.existsSync(root);
  let wb: Workbench | undefined;
  let step = 'setup';

  before(async function () {
    this.timeout(90_000);
    // The last step removes the records to see the welcome content: the flow needs a workspace
    // that had none (the harness gives each run a fresh one; this suite runs first).
    assert.ok(createdRoot, `${root} exists already: this flow needs a workspace without records`);
    fs.mkdirSync(path.join(records, 'sessions'), { recursive: true });
    fs.writeFileSync(
      path.join(records, 'plan.md'),
      [
        '---',
        'mentee: Riley Park',
        'mentors: [Sam Chen]',
        'kind: one-to-one',
        `started: ${addDays(today(), -60)}`,
        'cadence: biweekly',
        '---',
        '# Mentoring plan: Riley Park',
        '',
        '## Goals',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(records, 'questions.md'), '# Questions for next time\n');
    fs.writeFileSync(
      homeFile,
      [
        '---',
        `date: ${earlier}`,
        '---',
        `# Session ${earlier}`,
        '',
        '## Agenda',
        '',
        '## Notes',
        'Went through the last two migrations together.',
        '',
        '## Action items',
        `- [ ] ${ITEM} (due ${due})`,
        '- [x] @sam Share the rollback runbook',
        '',
        '## Next time',
        '',
      ].join('\n'),
    );
    wb = await Workbench.open(env);
    await wb.shot('agenda-0-workbench-ready');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot(`agenda-${step}-failure`).catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
    if (createdRoot) fs.rmSync(root, { recursive: true, force: true });
  });

  it('shows the relationship, its open item and the cadence in the Mentoring side bar and the status bar', async () => {
    step = '1-views';
    const page = wb!.page;
    await page.locator('.part.activitybar [aria-label^="Mentoring"]').first().click();
    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.pane-header', { hasText: 'Action Items' }).waitFor({ timeout: 15_000 });
    const rows = sidebar.locator('.monaco-list-row');
    await rows.filter({ hasText: NAME }).first().waitFor({ timeout: 15_000 });
    await rows.filter({ hasText: '@riley' }).first().waitFor({ timeout: 15_000 });
    const item = rows.filter({ hasText: 'Draft the migration review checklist' }).first();
    await item.waitFor({ timeout: 15_000 });
    assert.match((await item.textContent()) ?? '', new RegExp(`overdue since ${due}`));
    const status = page.locator('.part.statusbar .statusbar-item', { hasText: `${NAME}:` });
    await status.first().waitFor({ timeout: 15_000 });
    assert.match(
      (await status.first().textContent()) ?? '',
      new RegExp(`${NAME}: 14d since last · next ${today()}`),
    );
    await wb!.shot('agenda-1-side-bar-and-status-bar');
  });

  it('queues a question through the palette', async () => {
    step = '2-question';
    await wb!.typeInPalette('Mentoring: Queue Question for Next Session');
    await wb!.enter();
    await wb!.waitForPrompt('Question for next session');
    await wb!.page.keyboard.type(QUESTION);
    await wb!.shot('agenda-2-question-typed');
    await wb!.enter();
    await waitForFile(path.join(records, 'questions.md'), (t) => t.includes(`- [ ] ${QUESTION}`));
    const questions = wb!.page.locator('.part.sidebar .monaco-list-row', { hasText: QUESTION });
    await questions.first().waitFor({ timeout: 15_000 });
    await wb!.shot('agenda-2-question-in-side-bar');
  });

  it("prepares the agenda into today's session log: the carried item links home, the question is there", async () => {
    step = '3-prepare';
    await wb!.typeInPalette('Mentoring: Prepare Agenda');
    await wb!.enter();
    await wb!.waitForPrompt('Where should the agenda go?');
    await wb!.pick("Insert into today's session log");
    await wb!.shot('agenda-3-choose-insert');
    await wb!.enter();

    const text = await waitForFile(todayFile, (t) => t.includes(QUESTION));
    const carried = text.split('\n').find((l) => l.includes(ITEM));
    assert.ok(carried, `the carried item is missing:\n${text}`);
    assert.ok(carried.endsWith(`[${earlier}:12](${earlier}.md#L12)`), carried);
    assert.ok(!text.includes('Share the rollback runbook'), 'a done item was carried');
    await wb!.waitForActiveTab(`${today()}.md`);
    await wb!.waitForEditorText(ITEM);
    await wb!.waitForEditorText(QUESTION);
    await wb!.shot('agenda-3-session-with-agenda');
    // Today's log is prepared, not held yet: the status bar says so, and the cadence is unchanged.
    await wb!.page
      .locator('.part.statusbar .statusbar-item', {
        hasText: `${NAME}: prepared for today · next ${today()}`,
      })
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it('ticks the carried item with the "Tick at home" CodeLens: one character changes in its home file', async () => {
    step = '4-tick';
    const before = fs.readFileSync(homeFile);
    const todayBefore = fs.readFileSync(todayFile);
    const lens = wb!.page
      .locator('.editor-group-container.active .codelens-decoration a', {
        hasText: `Tick at home (${earlier}:12)`,
      })
      .first();
    await lens.waitFor({ state: 'visible', timeout: 15_000 });
    await wb!.shot('agenda-4-codelens');
    await lens.click();

    await waitForFile(homeFile, (t) => t.includes(`- [x] ${ITEM}`));
    const after = fs.readFileSync(homeFile);
    assert.strictEqual(after.length, before.length, 'the home file changed length');
    const diffs = [...after.keys()].filter((i) => after[i] !== before[i]);
    assert.strictEqual(diffs.length, 1, `bytes changed at ${diffs.join(', ')}`);
    assert.strictEqual(String.fromCharCode(before[diffs[0]]), ' ');
    assert.strictEqual(String.fromCharCode(after[diffs[0]]), 'x');
    assert.deepStrictEqual(fs.readFileSync(todayFile), todayBefore, "today's agenda changed");

    // The item is done: the Action Items view drops it, the relationship has nothing open.
    const sidebar = wb!.page.locator('.part.sidebar');
    await sidebar
      .locator('.monaco-list-row', { hasText: NAME })
      .filter({ hasText: 'nothing open' })
      .first()
      .waitFor({ timeout: 15_000 });
    assert.strictEqual(
      await sidebar
        .locator('.monaco-list-row', { hasText: 'Draft the migration review checklist' })
        .count(),
      0,
    );
    await wb!.shot('agenda-4-ticked-at-home');
  });

  it('updates the side bar and the status bar by itself when the records folder is deleted', async () => {
    step = '5-records-deleted';
    fs.rmSync(root, { recursive: true, force: true });
    const sidebar = wb!.page.locator('.part.sidebar');
    try {
      await sidebar.getByText('No mentoring records here yet.').waitFor({ timeout: 15_000 });
    } finally {
      await wb!.shot('agenda-5-records-deleted');
    }
    await wb!.page
      .locator('.part.statusbar .statusbar-item', { hasText: `${NAME}:` })
      .first()
      .waitFor({ state: 'hidden', timeout: 15_000 });
  });

  it('offers to set up records in the side bar, and hides the status bar item, once there are none', async () => {
    step = '6-welcome';
    fs.rmSync(root, { recursive: true, force: true });
    await wb!.typeInPalette('Mentoring: Refresh Views');
    await wb!.enter();
    const sidebar = wb!.page.locator('.part.sidebar');
    await sidebar.getByText('No mentoring records here yet.').waitFor({ timeout: 15_000 });
    await sidebar
      .locator('.welcome-view-content a, .welcome-view-content .monaco-button', {
        hasText: 'Set Up Mentoring Records',
      })
      .first()
      .waitFor({ timeout: 15_000 });
    await wb!.page
      .locator('.part.statusbar .statusbar-item', { hasText: `${NAME}:` })
      .first()
      .waitFor({ state: 'hidden', timeout: 15_000 });
    await wb!.shot('agenda-6-welcome-without-records');
  });
});
