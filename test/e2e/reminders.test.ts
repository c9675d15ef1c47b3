// The daily reminder as a person sees it: Show Reminders from the palette puts up one
// notification for every relationship, with Prepare Agenda, Snooze a Day and Stop for This
// Relationship. The screenshot lands in test-results/e2e/reminders-1-notification.png.
//
// Two relationships are written on disk first (both due by the cadence, one with an overdue item
// of the git user's, @sam); they are removed at the end for the suites that follow.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench, addDays, e2eEnvironment, today } from './workbench';

const SLUGS = ['noor-haddad', 'tomas-lind'];

function plan(mentee: string): string {
  return [
    '---',
    `mentee: ${mentee}`,
    'mentors: [Sam Chen]',
    `started: ${addDays(today(), -90)}`,
    'cadence: weekly',
    '---',
    `# Mentoring plan: ${mentee}`,
    '',
    '## Goals',
    '',
  ].join('\n');
}

function log(date: string, items: string[]): string {
  return [
    '---',
    `date: ${date}`,
    '---',
    `# Session ${date}`,
    '',
    '## Notes',
    'Talked it through.',
    '',
    '## Action items',
    ...items,
    '',
  ].join('\n');
}

describe('Reminders in the browser: one notification for every relationship', function () {
  const env = e2eEnvironment();
  const root = path.join(env.workspace, 'mentoring');
  const createdRoot = !fs.existsSync(root);
  let wb: Workbench | undefined;

  before(async function () {
    this.timeout(90_000);
    const week = addDays(today(), -7);
    const fortnight = addDays(today(), -14);
    const files: Record<string, string> = {
      [`${SLUGS[0]}/plan.md`]: plan('Noor Haddad'),
      [`${SLUGS[0]}/sessions/${week}.md`]: log(week, [
        `- [ ] @sam Send Noor the incident review template (due ${addDays(today(), -2)})`,
      ]),
      [`${SLUGS[1]}/plan.md`]: plan('Tomas Lind'),
      [`${SLUGS[1]}/sessions/${fortnight}.md`]: log(fortnight, ['- [x] @tomas Read the ADR']),
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    wb = await Workbench.open(env);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb)
      await wb.shot('reminders-failure').catch(() => undefined);
  });

  after(async () => {
    if (wb) await wb.close();
    if (createdRoot) fs.rmSync(root, { recursive: true, force: true });
    else
      for (const slug of SLUGS) fs.rmSync(path.join(root, slug), { recursive: true, force: true });
  });

  it('shows one notification naming both relationships, with its three actions', async () => {
    await wb!.typeInPalette('Mentoring: Show Reminders');
    await wb!.enter();
    const toast = wb!.page.locator('.notifications-toasts .notification-toast', {
      hasText: 'Sessions due',
    });
    await toast.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.strictEqual(await toast.count(), 1, 'one notification, not one per relationship');
    const text = (await toast.first().textContent()) ?? '';
    assert.match(text, /Noor Haddad \(today\)/);
    assert.match(text, new RegExp(`Tomas Lind \\(overdue since ${addDays(today(), -7)}\\)`));
    assert.match(text, /1 action item of yours is overdue \(Noor Haddad\)/);
    for (const label of ['Prepare Agenda', 'Snooze a Day', 'Stop for This Relationship'])
      await toast.first().getByRole('button', { name: label }).waitFor({ timeout: 5_000 });
    await wb!.shot('reminders-1-notification');
  });
});
