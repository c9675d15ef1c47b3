// The agenda's suggested questions in the extension host: Prepare Agenda writes them into the
// session log's Agenda section, and the dashboard's webview takes them in its model, each with
// why it was chosen. The team's bank (templates/questions/) holds a question that fits the goal.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  readText,
  sectionBody,
  workspaceRoot,
} from './helpers';

const SLUG = 'quinn-questions';
const DATE = '2026-11-12';
const QUESTION = 'What would tell you a release is ready to go out without asking anyone?';
const BANK = path.join('mentoring', 'templates', 'questions', 'releases-suggested.md');

describe('Suggested questions in the agenda and the dashboard', function () {
  this.timeout(60_000);

  before(async () => {
    await activateExtension();
    const dir = path.join(workspaceRoot(), 'mentoring', SLUG);
    fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'plan.md'),
      [
        '---',
        'mentee: Quinn Questions',
        'mentors: [Sam Chen]',
        'started: 2026-09-01',
        'cadence: weekly',
        '---',
        '# Mentoring plan: Quinn Questions',
        '',
        '## Goals',
        '',
        '### G1: Run the release with confidence',
        '- status: active',
        '',
      ].join('\n'),
    );
    const bank = path.join(workspaceRoot(), BANK);
    fs.mkdirSync(path.dirname(bank), { recursive: true });
    fs.writeFileSync(bank, `- ${QUESTION} #release #confidence #goal #progress\n`);
  });
  afterEach(closeAllEditorsWithoutSaving);
  after(() => {
    fs.rmSync(path.join(workspaceRoot(), 'mentoring', SLUG), { recursive: true, force: true });
    fs.rmSync(path.join(workspaceRoot(), BANK), { force: true });
  });

  it('Prepare Agenda writes them under "Suggested questions", each with its reason', async () => {
    const file = await vscode.commands.executeCommand<string | undefined>(
      'mentoring.prepareAgenda',
      { slug: SLUG, date: DATE, mode: 'insert' },
    );
    assert.strictEqual(typeof file, 'string', `prepareAgenda refused: ${String(file)}`);
    const agenda = sectionBody(readText(file!), 'Agenda');
    const lines = agenda.split(/\r?\n/);
    const at = lines.indexOf('### Suggested questions');
    assert.ok(at >= 0, agenda);
    assert.strictEqual(lines[at + 1], `- ${QUESTION} (goal G1 is due for review)`);
  });

  it('the dashboard model its webview took lists them with their reasons', async () => {
    const r = await vscode.commands.executeCommand<
      | {
          delivered: boolean;
          model: { suggestedQuestions?: { text: string; reason: string }[] };
        }
      | undefined
    >('mentoring.openDashboard', { slug: SLUG });
    assert.ok(r, 'openDashboard refused');
    assert.strictEqual(r.delivered, true, 'the webview never took the model');
    assert.deepStrictEqual(r.model.suggestedQuestions?.[0], {
      text: QUESTION,
      reason: 'goal G1 is due for review',
    });
  });
});
