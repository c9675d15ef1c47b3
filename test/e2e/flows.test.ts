// The main flows, driven through the command palette in a real workbench as a person would.
// Each step leaves a screenshot in test-results/e2e/<flow>-<step>.png.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench, e2eEnvironment, today, waitForFile } from './workbench';

/** The relationship's entry in a quick pick, should the extension ask. */
const RELATIONSHIP = /Alex Rivera|alex-rivera/;

describe('Mentoring Journal in the browser, through the command palette', function () {
  const env = e2eEnvironment();
  const records = path.join(env.workspace, 'mentoring', 'alex-rivera');
  let wb: Workbench;
  let flow = 'setup';

  before(async function () {
    this.timeout(90_000);
    wb = await Workbench.open(env);
    await wb.shot('00-workbench-ready');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot(`${flow}-failure`).catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
  });

  it('sets up records as a mentor with the defaults: the mentor from git config, no identity of theirs for the mentee', async () => {
    flow = 'setup';
    await wb.typeInPalette('Mentoring: Set Up Mentoring Records');
    await wb.shot('setup-1-palette');
    await wb.enter();

    await wb.waitForPrompt('Who are you in this relationship?');
    await wb.pick("I'm a mentor");
    await wb.shot('setup-1b-role');
    await wb.enter();

    await wb.waitForPrompt("Mentee's name");
    assert.strictEqual(await wb.inputValue(), '', "a mentor's name is not offered as the mentee's");
    await wb.page.keyboard.type('Alex Rivera');
    await wb.shot('setup-2-mentee-name');
    await wb.enter();

    await wb.waitForPrompt('Mentors');
    assert.strictEqual(
      await wb.inputValue(),
      process.env.MJ_E2E_GIT_NAME ?? 'Sam Chen',
      'mentors are prefilled from git config user.name',
    );
    await wb.shot('setup-3-mentors-prefilled');
    await wb.enter();

    await wb.waitForPrompt('git identities');
    assert.strictEqual(await wb.inputValue(), '', "the mentor's git email is not offered as the mentee's");
    await wb.replaceInput('alex@example.com');
    await wb.shot('setup-4-identities');
    await wb.enter();

    await wb.waitForPrompt('biweekly');
    await wb.pick('biweekly');
    await wb.shot('setup-5-cadence');
    await wb.enter();

    const plan = await waitForFile(path.join(records, 'plan.md'), (t) =>
      t.includes('mentee: Alex Rivera'),
    );
    assert.match(plan, /Sam Chen/);
    assert.match(plan, /alex@example\.com/);
    assert.match(plan, /^cadence: biweekly/m);
    // The command writes its files one after another; each gets its own deadline.
    await waitForFile(path.join(records, 'questions.md'), (t) =>
      /^# Questions for next time/m.test(t),
    );
    await waitForFile(path.join(env.workspace, 'mentoring', '.gitignore'), (t) =>
      t.includes('*/private/'),
    );
    await waitForFile(path.join(records, 'sessions'), () =>
      fs.statSync(path.join(records, 'sessions')).isDirectory(),
    );

    await wb.waitForActiveTab('plan.md');
    await wb.waitForEditorText('mentee: Alex Rivera');
    await wb.shot('setup-6-plan-open');
  });

  it("logs a session: opens today's session file", async () => {
    flow = 'session';
    const sessionFile = path.join(records, 'sessions', `${today()}.md`);
    await wb.typeInPalette('Mentoring: New Session Log');
    await wb.shot('session-1-palette');
    await wb.enter();
    await wb.acceptRelationshipPickUntil(RELATIONSHIP, () => fs.existsSync(sessionFile));

    const text = await waitForFile(sessionFile, (t) => t.includes(`date: ${today()}`));
    assert.match(text, /^## Action items/m);
    await wb.waitForActiveTab(`${today()}.md`);
    await wb.waitForEditorText(`date: ${today()}`);
    await wb.shot('session-2-session-open');
  });

  it('queues a question for the next session in questions.md', async () => {
    flow = 'question';
    const question = 'How do you review a migration that drops a column?';
    const questionsFile = path.join(records, 'questions.md');
    await wb.typeInPalette('Mentoring: Queue Question for Next Session');
    await wb.shot('question-1-palette');
    await wb.enter();
    await wb.acceptRelationshipPickUntil(RELATIONSHIP, () =>
      wb.promptShowing('Question for next session'),
    );
    await wb.page.keyboard.type(question);
    await wb.shot('question-2-typed');
    await wb.enter();

    const text = await waitForFile(questionsFile, (t) => t.includes(question));
    const line = text.split(/\r?\n/).find((l) => l.includes(question));
    assert.match(
      line ?? '',
      new RegExp(`^- \\[ \\] ${question.replace(/[?.]/g, '\\$&')} \\(added ${today()}`),
    );

    // The command opens questions.md with the new question selected. Waiting for that editor,
    // not opening it again: seen once in CI, the command's editor took the focus while Quick
    // Open was being typed into, and the keys replaced the selected question in the editor.
    await wb.waitForActiveTab('questions.md');
    await wb.waitForEditorText(question);
    await wb.shot('question-3-questions-open');
  });
});
