import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
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

describe('Edits never touch more than they mean to', () => {
  before(async () => {
    await activateExtension();
    await setUpRelationship({ mentee: 'Safe Keeping', mentors: ['Sam Chen'] });
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('queues a question in a closed CRLF file with a byte order mark, changing only the appended line', async () => {
    const file = path.join(recordsDir('safe-keeping'), 'questions.md');
    // Two trailing spaces are a markdown hard break: a save participant trimming whitespace
    // would remove them, so they show that nothing but the new line was written.
    const original =
      '\uFEFF# Questions for next time\r\n\r\n- [ ] Why?  \r\n- [ ] Where? (added 2026-11-01)\r\n';
    fs.writeFileSync(file, original, 'utf8');
    await vscode.commands.executeCommand('mentoring.queueQuestion', {
      slug: 'safe-keeping',
      text: 'How?',
      by: 'sam',
    });
    const bytes = fs.readFileSync(file);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte order mark kept');
    assert.strictEqual(
      bytes.toString('utf8'),
      `${original}- [ ] How? (added ${today()} by @sam)\r\n`,
    );
  });

  it('refuses to queue a question through a questions.md link that leads outside the records', async () => {
    const dir = recordsDir('safe-keeping');
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mj-outside-')), 'notes.md');
    fs.writeFileSync(outside, '# Not a record\n');
    const link = path.join(dir, 'questions.md');
    fs.rmSync(link);
    fs.symlinkSync(outside, link);
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.queueQuestion', {
        slug: 'safe-keeping',
        text: 'Leak?',
      }),
      undefined,
      'refused: no file path returned',
    );
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), '# Not a record\n');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
    fs.rmSync(link);
  });

  it('refuses to log a session into a sessions folder that links outside the records', async () => {
    const dir = recordsDir('safe-keeping');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-outside-'));
    fs.rmSync(path.join(dir, 'sessions'), { recursive: true, force: true });
    fs.symlinkSync(outside, path.join(dir, 'sessions'));
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.newSession', { slug: 'safe-keeping' }),
      undefined,
      'refused: no file path returned',
    );
    assert.deepStrictEqual(fs.readdirSync(outside), []);
  });

  it('refuses a FIFO as the team session template without hanging, and logs no session', async () => {
    const dir = recordsDir('safe-keeping');
    const templates = path.join(dir, '..', 'templates');
    fs.rmSync(path.join(dir, 'sessions'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'sessions'));
    fs.mkdirSync(templates, { recursive: true });
    const fifo = path.join(templates, 'session.md');
    const made = spawnSync('mkfifo', [fifo]);
    assert.strictEqual(made.status, 0, String(made.stderr));
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<'hung'>((resolve) => {
        timer = setTimeout(() => resolve('hung'), 5_000);
      });
      const result = await Promise.race([
        vscode.commands.executeCommand('mentoring.newSession', { slug: 'safe-keeping' }),
        deadline,
      ]);
      clearTimeout(timer);
      assert.strictEqual(result, undefined, 'refused, and well within the deadline');
      assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'sessions')), []);
    } finally {
      fs.rmSync(fifo, { force: true });
    }
  });
});
