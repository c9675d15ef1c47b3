// Learning topics in the browser, as a mentee does it: Surface Learning Topics from the palette,
// pick "Last 30 days", read the ranked topics in the Learning Topics view, open a commit's diff
// from a topic. The mentee's commits carry hostile subjects (markup); they must show as the text
// they are. Screenshots land in test-results/e2e/topics-<step>.png.
//
// The records and commits are made on disk before the workbench opens, as a clone would have
// them; the records are removed at the end (the commits stay: history is append-only).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { gitIn, mergedPullRequestIn } from '../support/workspaceGit';
import { Workbench, addDays, commitAs, e2eEnvironment, today, waitForFile } from './workbench';

const SLUG = 'quinn-avery';
const NAME = 'Quinn Avery';
const MENTEE = { name: 'Quinn Avery', email: 'quinn@example.com' };
const HOSTILE = 'Fix <img src=x onerror=alert(1)> in the "cart" view';
// Two contributors' pull requests the mentee merged: review work, one topic.
const HOSTILE_MERGE = 'Merge pull request #7 from ana/<b>card</b>-check';
const CONTRIBUTORS = [
  { name: 'Ana Ruiz', email: 'ana@example.com' },
  { name: 'Ben Okafor', email: 'ben@example.com' },
];

describe('Learning topics in the browser: surface, read, open a commit', function () {
  const env = e2eEnvironment();
  const root = path.join(env.workspace, 'mentoring');
  const records = path.join(root, SLUG);
  let wb: Workbench | undefined;
  let step = 'setup';
  let revertSha = '';

  /** Commits `files` as the mentee, `daysAgo` days before today (UTC noon). */
  const commit = (daysAgo: number, message: string, files: Record<string, string>) =>
    commitAs(env.workspace, MENTEE, addDays(today(), -daysAgo), message, files);

  before(async function () {
    this.timeout(90_000);
    fs.mkdirSync(path.join(records, 'sessions'), { recursive: true });
    fs.writeFileSync(
      path.join(records, 'plan.md'),
      [
        '---',
        `mentee: ${MENTEE.name}`,
        'mentors: [Sam Chen]',
        'kind: one-to-one',
        `started: ${addDays(today(), -90)}`,
        'identities:',
        `  - ${MENTEE.email}`,
        '---',
        `# Mentoring plan: ${MENTEE.name}`,
        '',
        '## Goals',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(records, 'questions.md'), '# Questions for next time\n');
    commit(6, HOSTILE, { 'shop/cart/view.ts': 'export const view = 1;\n' });
    const added = commit(5, 'Add the cart </script><script>window.pwned=1</script> total', {
      'shop/cart/total.ts': 'export const total = 2;\n',
    });
    revertSha = commit(4, `Revert "Add the cart total"\n\nThis reverts commit ${added}.`, {
      'shop/cart/total.ts': 'export const total = 0;\n',
    });
    CONTRIBUTORS.forEach((author, i) =>
      mergedPullRequestIn(env.workspace, {
        author,
        date: addDays(today(), -3 + i),
        file: `shop/pay/check${i}.ts`,
        text: `export const check${i} = 1;\n`,
        maintainer: MENTEE,
        mergedOn: addDays(today(), -2 + i),
        message: i === 0 ? HOSTILE_MERGE : 'Merge pull request #8 from ben/iban',
      }),
    );
    // Two releases, told by their tags (the subjects name no release): one topic.
    for (const [daysAgo, version] of [
      [12, '2.4.0'],
      [8, '2.5.0'],
    ] as const) {
      const sha = commit(daysAgo, `Updates for ${version}`, {
        'CHANGES.md': `# ${version}\n`,
        'package.json': `{ "name": "shop", "version": "${version}" }\n`,
      });
      gitIn(
        env.workspace,
        { who: MENTEE, date: addDays(today(), -daysAgo) },
        'tag',
        `v${version}`,
        sha,
      );
    }
    wb = await Workbench.open(env);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot(`topics-${step}-failure`).catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
    fs.rmSync(records, { recursive: true, force: true });
  });

  it('surfaces topics for the last 30 days from the palette and lists them in the Learning Topics view', async () => {
    step = '1-surface';
    const page = wb!.page;
    await wb!.typeInPalette('Mentoring: Surface Learning Topics');
    await wb!.enter();
    // With several relationships the extension asks which one first.
    await page.waitForFunction(
      `(() => { const w = document.querySelector('.quick-input-widget'); return !!w && /Which relationship\\?|Which commits\\?/.test(w.textContent + ' ' + (w.querySelector('input')?.placeholder ?? '')); })()`,
      undefined,
      { timeout: 15_000 },
    );
    if (await wb!.promptShowing('Which relationship?')) {
      await wb!.pick(NAME);
      await wb!.enter();
    }
    await wb!.waitForPrompt('Which commits?');
    await wb!.pick('Last 30 days');
    await wb!.shot('topics-1-range');
    await wb!.enter();

    const sidebar = page.locator('.part.sidebar');
    await sidebar
      .locator('.pane-header', { hasText: 'Learning Topics' })
      .waitFor({ timeout: 15_000 });
    const rows = sidebar.locator('.monaco-list-row');
    await rows.filter({ hasText: NAME }).first().waitFor({ timeout: 30_000 });
    // Stories titled by the work, their kind in words; the revert is part of the cart total's story.
    await rows.filter({ hasText: 'Add the cart' }).first().waitFor({ timeout: 15_000 });
    await rows.filter({ hasText: 'in the "cart" view' }).first().waitFor({ timeout: 15_000 });
    assert.strictEqual(await rows.filter({ hasText: 'new-area' }).count(), 0);
    await wb!.shot('topics-2-view');
  });

  it('opens a topic to labelled groups, shows markup in subjects as text, and opens the commit in the diff editor', async () => {
    step = '2-commit';
    const page = wb!.page;
    const sidebar = page.locator('.part.sidebar');
    // Room for the topics: fold the other two views, as a person would.
    for (const pane of ['Action Items', 'Queued Questions'])
      await sidebar.locator('.pane-header', { hasText: pane }).click();
    const rows = sidebar.locator('.monaco-list-row');
    // The story of the cart total: its hostile title is text, its facets (the revert) are lines
    // inside it; the first work in shop/cart is a facet of the older story, where it happened.
    const story = rows.filter({ hasText: 'Add the cart' }).first();
    await story.click();
    await rows.filter({ hasText: 'to discuss' }).first().waitFor({ timeout: 15_000 });
    await rows
      .filter({ hasText: /^Reverted 1 day later/ })
      .first()
      .waitFor({ timeout: 15_000 });
    const commits = rows.filter({ hasText: /^Commits/ }).first();
    await commits.waitFor({ timeout: 15_000 });
    await commits.click();
    const hostile = rows.filter({ hasText: '</script><script>window.pwned=1</script>' }).nth(1);
    await hostile.waitFor({ timeout: 15_000 });
    await rows
      .filter({ hasText: '<img src=x onerror=alert(1)>' })
      .first()
      .waitFor({ timeout: 15_000 });
    assert.strictEqual(await sidebar.locator('img[src="x"]').count(), 0);
    assert.strictEqual(await page.evaluate('window.pwned === undefined'), true);
    await wb!.shot('topics-3-expanded');

    const commitRow = rows.filter({ hasText: `${revertSha.slice(0, 7)} Revert` }).first();
    await commitRow.waitFor({ timeout: 15_000 });
    await commitRow.click();
    // One file changed: its diff opens at once, the parent's text on the left.
    await wb!.waitForActiveTab(`total.ts (${revertSha.slice(0, 7)} modified)`);
    await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 15_000 });
    await wb!.waitForEditorText('export const total = 0;');
    await wb!.waitForEditorText('export const total = 2;');
    await wb!.shot('topics-4-commit-diff');
  });

  it("offers prompts in a private note whose 'first change' names the first commit, as git log shows it", async () => {
    step = '3-first-claim';
    const note = path.join(records, 'private', `${today()}.md`);
    // As a person would: Add Private Note opens today's note with the cursor at its end.
    await wb!.typeInPalette('Mentoring: Add Private Note');
    await wb!.enter();
    const deadline = Date.now() + 20_000;
    let answered = false;
    while (!fs.existsSync(note)) {
      if (Date.now() > deadline) throw new Error('Add Private Note made no note');
      // Answer the question once: the widget stays on screen a moment after Enter.
      if (!answered && (await wb!.promptShowing('Which relationship?'))) {
        await wb!.pick(NAME);
        await wb!.enter();
        answered = true;
      }
      await wb!.page.waitForTimeout(100); // a polling interval inside a deadline
    }
    await wb!.waitForActiveTab(`${today()}.md`);
    await wb!.typeInPalette('Mentoring: Add Reflection');
    await wb!.enter();
    await wb!.waitForPrompt('Which reflection?');
    await wb!.pick('From recent commits');
    await wb!.enter();
    const text = await waitForFile(note, (t) => t.includes('first change in shop/cart'));
    const line = text.split('\n').find((l) => l.includes('first change in shop/cart')) ?? '';
    const named = /([0-9a-f]{7}) “/.exec(line)?.[1];
    // The first commit of the mentee in that folder, by git itself.
    const first = execFileSync(
      'git',
      [
        'log',
        '--reverse',
        '--format=%h',
        '--abbrev=7',
        `--author=${MENTEE.email}`,
        '--',
        'shop/cart',
      ],
      { cwd: env.workspace, encoding: 'utf8' },
    )
      .trim()
      .split('\n')[0];
    assert.strictEqual(named, first, line);
    // Someone else writes here (the workspace's git user is a mentor): about the mentee, not "you".
    assert.match(line, new RegExp(`${MENTEE.name}'s first change`));
    await wb!.shot('topics-5-first-claim');
    fs.rmSync(path.dirname(note), { recursive: true, force: true });
  });

  it('shows the pull requests the mentee merged as one review topic, each merge a line of text inside it', async () => {
    step = '6-review';
    const sidebar = wb!.page.locator('.part.sidebar');
    const rows = sidebar.locator('.monaco-list-row');
    const review = rows
      .filter({
        hasText: 'Reviewed and merged 2 pull requests from 2 contributors: Ana Ruiz and Ben Okafor',
      })
      .first();
    await review.waitFor({ timeout: 15_000 });
    await review.click();
    await rows.filter({ hasText: HOSTILE_MERGE }).first().waitFor({ timeout: 15_000 });
    await rows
      .filter({ hasText: 'Merge pull request #8 from ben/iban' })
      .first()
      .waitFor({ timeout: 15_000 });
    // The subject's markup is text: no bold element in the tree.
    assert.strictEqual(await sidebar.locator('.monaco-list-row b').count(), 0);
    await wb!.shot('topics-6-review');
  });

  it('shows the tagged releases as one topic, a line per release inside it', async () => {
    step = '7-releases';
    const sidebar = wb!.page.locator('.part.sidebar');
    const rows = sidebar.locator('.monaco-list-row');
    const releases = rows.filter({ hasText: 'Released 2 versions: 2.4.0 and 2.5.0' }).first();
    await releases.waitFor({ timeout: 15_000 });
    await releases.click();
    await rows.filter({ hasText: 'Release 2.4.0' }).first().waitFor({ timeout: 15_000 });
    await rows.filter({ hasText: 'Release 2.5.0' }).first().waitFor({ timeout: 15_000 });
    await wb!.shot('topics-7-releases');
  });
});
