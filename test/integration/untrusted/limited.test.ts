// Restricted mode: the extension reads, shows and checks records, but runs no git and installs
// no hook. The workspace's repository carries a core.fsmonitor hook that leaves a marker beside
// the workspace whenever git runs there (scripts/realvscode/workspaces.mjs).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  frontMatter,
  readText,
  recordsDir,
  waitForDiagnostics,
  workspaceRoot,
} from '../helpers';

const marker = () => path.join(workspaceRoot(), '..', 'fsmonitor-ran');

describe('Mentoring records in an untrusted workspace', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('shows the problems of a broken record', async () => {
    const file = path.join(recordsDir('alex-rivera'), 'sessions', '2026-11-16.md');
    fs.writeFileSync(file, '---\ndate: 2026-02-30\n---\n# Session\n');
    const uri = vscode.Uri.file(file);
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) =>
      d.some((x) => x.source === 'mentoring'),
    );
    assert.ok(diagnostics.some((d) => /not a real calendar date/.test(d.message)));
    fs.rmSync(file);
  });

  it('prepares the agenda into a new session log, without a HEAD (git did not run)', async () => {
    const file = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
      slug: 'alex-rivera',
      date: '2026-11-23',
      mode: 'insert',
    });
    const text = readText(file);
    assert.match(text, /Draft the migration review checklist/);
    assert.strictEqual(frontMatter(text).head, undefined);
  });

  it('writes a private note (no git needed)', async () => {
    const note = await vscode.commands.executeCommand<string>('mentoring.addPrivateNote', {
      slug: 'alex-rivera',
      date: '2026-11-23',
    });
    assert.ok(fs.existsSync(note));
    assert.strictEqual(path.basename(path.dirname(note)), 'private');
  });

  it('refuses to commit records', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.commitRecords', { message: 'x' }),
      undefined,
    );
  });

  it('refuses to install the pre-commit guard, and writes no hook', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.installPreCommitGuard', {}),
      undefined,
    );
    assert.ok(!fs.existsSync(path.join(workspaceRoot(), '.git', 'hooks', 'pre-commit')));
  });

  it('refuses to surface learning topics and to show a commit: both need git', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.surfaceTopics', {
        slug: 'alex-rivera',
        range: 'last-30-days',
      }),
      undefined,
    );
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.showCommit', {
        repo: workspaceRoot(),
        sha: '0123456789abcdef0123456789abcdef01234567',
      }),
      undefined,
    );
    await assert.rejects(
      Promise.resolve(
        vscode.workspace.openTextDocument(
          vscode.Uri.from({
            scheme: 'mentoring-commit',
            path: '/0123456.diff',
            query: new URLSearchParams({
              repo: workspaceRoot(),
              sha: '0123456789abcdef0123456789abcdef01234567',
            }).toString(),
          }),
        ),
      ),
    );
  });

  it('never ran git in the workspace (the repository fsmonitor hook left no marker)', () => {
    assert.ok(
      !fs.existsSync(marker()),
      fs.existsSync(marker()) ? fs.readFileSync(marker(), 'utf8') : '',
    );
  });
});
