// Reminders and Export Calendar in the real extension host. The notification itself cannot be
// read from here (the end-to-end tier screenshots it); Show Reminders returns what it showed.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  recordsDir,
  setUpRelationship,
  today,
} from './helpers';

interface Shown {
  message: string;
  actions: string[];
  sessions: number;
  actions_overdue: number;
  nudges: number;
}

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return today(d);
}

describe('Reminders and Export Calendar', () => {
  before(async () => {
    await activateExtension();
    await setUpRelationship({ mentee: 'Remy Digest', mentors: ['Sam Chen'], cadence: 'weekly' });
    // Weekly, last held a week ago: due today. Sam (the git user) owes an item due yesterday.
    const file = path.join(recordsDir('remy-digest'), 'sessions', `${daysAgo(7)}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `---\ndate: ${daysAgo(7)}\n---\n# Session ${daysAgo(7)}\n\n## Action items\n- [ ] @sam Send Remy the article (due ${daysAgo(1)})\n`,
    );
  });
  afterEach(closeAllEditorsWithoutSaving);
  after(async () => {
    await vscode.workspace
      .getConfiguration('mentoring')
      .update('reminders.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('shows one digest with the due session, the overdue action and its three actions', async () => {
    const shown = await vscode.commands.executeCommand<Shown | undefined>(
      'mentoring.showReminders',
    );
    assert.ok(shown, 'Show Reminders showed nothing');
    assert.deepStrictEqual(shown.actions, [
      'Prepare Agenda',
      'Snooze a Day',
      'Stop for This Relationship',
    ]);
    assert.match(shown.message, /^Mentoring: Sessions due: .*Remy Digest \(today\)/);
    assert.match(shown.message, /action items? of yours (is|are) overdue \(.*Remy Digest/);
    assert.ok(shown.actions_overdue >= 1);
  });

  it('does not show the daily digest again the same day, nor at all when turned off', async () => {
    const config = vscode.workspace.getConfiguration('mentoring');
    // The test profile turns the daily check off (scripts/realvscode/lib.mjs).
    assert.strictEqual(config.get('reminders.enabled'), false);
    const off = await vscode.commands.executeCommand('mentoring.showReminders', {
      automatic: true,
    });
    assert.strictEqual(off, undefined);
    await config.update('reminders.enabled', true, vscode.ConfigurationTarget.Global);
    // Shown by hand above: today's digest is spent.
    const again = await vscode.commands.executeCommand('mentoring.showReminders', {
      automatic: true,
    });
    assert.strictEqual(again, undefined);
  });

  it("writes the cadence's next sessions as an .ics file", async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mj-ics-')), 'remy.ics');
    const written = await vscode.commands.executeCommand<string>('mentoring.exportCalendar', {
      slug: 'remy-digest',
      count: 3,
      target,
    });
    assert.strictEqual(vscode.Uri.parse(written).fsPath, target);
    const ics = fs.readFileSync(target, 'utf8');
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.strictEqual((ics.match(/^BEGIN:VEVENT\r$/gm) ?? []).length, 3);
    const day = today().replace(/-/g, '');
    assert.match(ics, new RegExp(`^DTSTART;VALUE=DATE:${day}\\r$`, 'm'));
    assert.match(ics, new RegExp(`^UID:${today()}-remy-digest@mentoring-journal\\r$`, 'm'));
    assert.match(ics, /^SUMMARY:Mentoring: Remy Digest & Sam Chen\r$/m);
  });
});
