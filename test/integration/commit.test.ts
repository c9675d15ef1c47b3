import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  recordsDir,
  setUpRelationship,
  workspaceRoot,
} from './helpers';

function git(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd: workspaceRoot(), encoding: 'utf8' });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

const head = () => git('rev-parse', '--verify', '--quiet', 'HEAD').stdout.trim();
const hooks = () => path.join(workspaceRoot(), '.git', 'hooks');

describe('Committing mentoring records', () => {
  let note: string;

  before(async () => {
    await activateExtension();
    await setUpRelationship({ mentee: 'Cora Commit', mentors: ['Sam Chen'] });
    fs.mkdirSync(path.join(workspaceRoot(), 'src'), { recursive: true });
    fs.writeFileSync(path.join(workspaceRoot(), 'src', 'app.ts'), 'export const answer = 42;\n');
    assert.strictEqual(git('add', '--', 'src/app.ts').status, 0);
    note = await vscode.commands.executeCommand<string>('mentoring.addPrivateNote', {
      slug: 'cora-commit',
    });
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('writes a private note inside private/, which the records .gitignore keeps out of git', () => {
    assert.strictEqual(path.dirname(note), path.join(recordsDir('cora-commit'), 'private'));
    assert.strictEqual(
      git('check-ignore', '--quiet', '--', path.relative(workspaceRoot(), note)).status,
      0,
    );
  });

  it('commits only the records, never a private note, and leaves other staged work staged', async () => {
    const commit = await vscode.commands.executeCommand<string>('mentoring.commitRecords', {
      message: 'mentoring(cora-commit): plan',
    });
    assert.match(commit, /^[0-9a-f]{40}$/);
    const files = git('show', '--name-only', '--format=', commit).stdout.trim().split('\n').sort();
    assert.ok(files.includes('mentoring/cora-commit/plan.md'), files.join(', '));
    for (const f of files) {
      assert.ok(f.startsWith('mentoring/'), `${f} is not a record`);
      assert.ok(!f.includes('/private/'), `${f} is private`);
    }
    assert.strictEqual(
      git('log', '-1', '--format=%s').stdout.trim(),
      'mentoring(cora-commit): plan',
    );
    assert.deepStrictEqual(git('diff', '--cached', '--name-only').stdout.trim().split('\n'), [
      'src/app.ts',
    ]);
  });

  it('says there is nothing to commit when the records are as committed, and commits nothing', async () => {
    const before = head();
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.commitRecords', { message: 'x' }),
      undefined,
    );
    assert.strictEqual(head(), before);
  });

  it('refuses when a commit hook fails, and leaves no commit', async () => {
    await vscode.commands.executeCommand('mentoring.queueQuestion', {
      slug: 'cora-commit',
      text: 'Why hooks?',
      by: 'cora',
    });
    const hook = path.join(hooks(), 'pre-commit');
    fs.mkdirSync(hooks(), { recursive: true });
    fs.writeFileSync(hook, '#!/bin/sh\necho "policy: no commits today" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const before = head();
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand('mentoring.commitRecords', {
          message: 'mentoring(cora-commit): questions',
        }),
        undefined,
      );
      assert.strictEqual(head(), before);
    } finally {
      fs.rmSync(hook, { force: true });
    }
  });

  it('installs the guard after an existing hook; the hook still runs, and a forced private note is stopped', async () => {
    const marker = path.join(workspaceRoot(), '..', `existing-hook-ran-${Date.now()}`);
    fs.writeFileSync(
      path.join(hooks(), 'pre-commit'),
      `#!/bin/sh\necho ran >> '${marker}'\nexit 0\n`,
      { mode: 0o755 },
    );
    const hookPath = await vscode.commands.executeCommand<string>(
      'mentoring.installPreCommitGuard',
      {},
    );
    assert.strictEqual(path.resolve(hookPath), path.join(hooks(), 'pre-commit'));
    const hookText = fs.readFileSync(hookPath, 'utf8');
    assert.match(hookText, /mentoring-journal pre-commit guard/);
    // The hook never names this extension's versioned folder, so an update cannot break it; the
    // CLI it validates with is a copy in a fixed folder of the user's data.
    const extension = vscode.extensions.all.find((e) => e.id.endsWith('.mentoring-journal'));
    assert.ok(extension && !hookText.includes(extension.extensionPath), 'the hook names the extension folder');
    assert.doesNotMatch(hookText, /\bnpx\b/);
    const data = process.env.XDG_DATA_HOME ?? path.join(process.env.HOME ?? '', '.local', 'share');
    assert.ok(fs.existsSync(path.join(data, 'mentoring-journal', 'cli.js')), 'the stable CLI copy');
    assert.ok(
      fs.existsSync(path.join(data, 'mentoring-journal', 'cli-main.js')),
      "the stable copy's verbs bundle, which its entry requires",
    );
    assert.ok(
      fs.existsSync(path.join(hooks(), 'pre-commit.before-mentoring-journal')),
      'the existing hook was kept',
    );

    const relNote = path.relative(workspaceRoot(), note);
    assert.strictEqual(git('add', '-f', '--', relNote).status, 0);
    const refused = git('commit', '-m', 'leak the note');
    assert.notStrictEqual(refused.status, 0, 'the commit of a private note must fail');
    assert.match(refused.stderr + refused.stdout, /private/);
    assert.ok(fs.existsSync(marker), 'the existing hook ran first');
    git('restore', '--staged', '--', relNote);

    // With the private note out of the index, the guard lets a records commit through.
    const commit = await vscode.commands.executeCommand<string>('mentoring.commitRecords', {
      message: 'mentoring(cora-commit): questions',
    });
    assert.match(commit, /^[0-9a-f]{40}$/);
  });
});
