// Parity: each use case that has both a command and a CLI verb runs through both adapters on the
// same records, and what they write (or print) is compared byte for byte. The CLI is the one
// bundled with the extension under test (dist/cli.js), run as its own process.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  EXTENSION_ID,
  workspaceRoot,
} from './helpers';

const SLUG = 'parity-pat';
const DATE = '2026-11-23';

const PLAN = `---
mentee: Parity Pat
mentors: [Sam Chen]
started: 2026-09-01
cadence: weekly
identities: [pat@example.com]
---
# Mentoring plan: Parity Pat

## Goals

### G1: Review migrations with confidence
- status: active
`;

function session(date: string, items: string[]): string {
  return `---\ndate: ${date}\n---\n# Session ${date}\n\n## Notes\n\nTalked.\n\n## Action items\n${items.join('\n')}\n`;
}

/** The relationship's records before each comparison: an item carried twice, one open question. */
const RECORDS: Record<string, string> = {
  'plan.md': PLAN,
  'questions.md':
    '# Questions for next time\n\n- [ ] How do you review a migration? (added 2026-11-01 by @pat)\n',
  'sessions/2026-11-02.md': session('2026-11-02', ['- [ ] @pat Draft the checklist #G1']),
  'sessions/2026-11-09.md': session('2026-11-09', ['- [ ] @sam Share the runbook']),
  'sessions/2026-11-16.md': session('2026-11-16', []),
};

const records = () => path.join(workspaceRoot(), 'mentoring');
const rel = () => path.join(records(), SLUG);

function writeRecords(): void {
  fs.rmSync(rel(), { recursive: true, force: true });
  for (const [name, text] of Object.entries(RECORDS)) {
    fs.mkdirSync(path.dirname(path.join(rel(), name)), { recursive: true });
    fs.writeFileSync(path.join(rel(), name), text);
  }
}

/** Every file of the relationship, by its path in it. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(rel(), p).split(path.sep).join('/')] = fs.readFileSync(p, 'latin1');
    }
  };
  walk(rel());
  return out;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, 'the extension is installed');
  const r = spawnSync(
    process.execPath,
    [path.join(extension.extensionPath, 'dist', 'cli.js'), ...args, '--dir', workspaceRoot()],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the editor's side, then the CLI's on the same starting records; returns both snapshots. */
async function both(
  editor: () => Thenable<unknown>,
  terminal: string[],
): Promise<{ editor: Record<string, string>; cli: Record<string, string> }> {
  writeRecords();
  await editor();
  await closeAllEditorsWithoutSaving();
  const fromEditor = snapshot();
  writeRecords();
  const r = cli(...terminal);
  assert.strictEqual(r.status, 0, r.stderr);
  return { editor: fromEditor, cli: snapshot() };
}

describe('Parity: the command and the CLI verb write the same bytes', function () {
  this.timeout(60_000);
  before(async () => {
    await activateExtension();
    // The team's setting, read by both: the item carried twice is marked to decide on.
    fs.mkdirSync(records(), { recursive: true });
    fs.writeFileSync(path.join(records(), 'config.yml'), 'agenda:\n  maxCarries: 2\n');
  });
  after(async () => {
    fs.rmSync(path.join(records(), 'config.yml'), { force: true });
    fs.rmSync(rel(), { recursive: true, force: true });
    await closeAllEditorsWithoutSaving();
  });

  it('New Session Log and new-session: the same session log, agenda, topics and team carries limit', async () => {
    const r = await both(
      () => vscode.commands.executeCommand('mentoring.newSession', { slug: SLUG, date: DATE }),
      ['new-session', SLUG, '--date', DATE],
    );
    assert.ok(r.editor[`sessions/${DATE}.md`], 'the command wrote the log');
    assert.match(r.editor[`sessions/${DATE}.md`], /\*\*decide:\*\*/);
    assert.deepStrictEqual(r.cli, r.editor);
  });

  it('Prepare Agenda (copy) and agenda: the same markdown', async () => {
    writeRecords();
    const markdown = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
      slug: SLUG,
      date: DATE,
      mode: 'copy',
    });
    const r = cli('agenda', SLUG, '--date', DATE);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, `${markdown}\n`);
  });

  it('Queue Question and question: the same questions.md', async () => {
    const text = 'When does a migration need a feature flag?';
    const r = await both(
      () =>
        vscode.commands.executeCommand('mentoring.queueQuestion', { slug: SLUG, text, by: 'sam' }),
      ['question', SLUG, text, '--by', 'sam'],
    );
    assert.match(r.editor['questions.md'], /feature flag\? \(added \d{4}-\d{2}-\d{2} by @sam\)/);
    assert.deepStrictEqual(r.cli, r.editor);
  });

  it('Set Up Mentoring Records and init: the same plan and questions file', async () => {
    const slug = 'parity-quinn';
    const dir = path.join(records(), slug);
    const read = () => ({
      plan: fs.readFileSync(path.join(dir, 'plan.md'), 'latin1'),
      questions: fs.readFileSync(path.join(dir, 'questions.md'), 'latin1'),
    });
    fs.rmSync(dir, { recursive: true, force: true });
    await vscode.commands.executeCommand('mentoring.setUp', {
      mentee: 'Parity Quinn',
      mentors: ['Sam Chen', 'Kim Park'],
      identities: ['quinn@example.com'],
      cadence: 'weekly',
    });
    await closeAllEditorsWithoutSaving();
    const fromEditor = read();
    fs.rmSync(dir, { recursive: true, force: true });
    const r = cli(
      'init',
      '--mentee',
      'Parity Quinn',
      '--mentor',
      'Sam Chen',
      '--mentor',
      'Kim Park',
      '--identity',
      'quinn@example.com',
      '--cadence',
      'weekly',
    );
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(read(), fromEditor);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Export Progress Report and report: the same markdown', async () => {
    writeRecords();
    const { text } = await vscode.commands.executeCommand<{ text: string }>(
      'mentoring.exportProgressReport',
      { slug: SLUG, since: '2026-09-01', until: DATE, save: false },
    );
    await closeAllEditorsWithoutSaving();
    const r = cli('report', SLUG, '--since', '2026-09-01', '--until', DATE);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, text.endsWith('\n') ? text : `${text}\n`);
  });
});
