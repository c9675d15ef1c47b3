// A multi-root workspace: team-a and team-b both hold alex-rivera; team-b also holds jordan-lee
// (scripts/realvscode/workspaces.mjs).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  readText,
  waitForDiagnostics,
} from '../helpers';

const folder = (name: string) =>
  vscode.workspace.workspaceFolders!.find((f) => f.name === name)!.uri.fsPath;
const session = (team: string, slug: string, date: string) =>
  path.join(folder(team), 'mentoring', slug, 'sessions', `${date}.md`);

describe('Mentoring records in a multi-root workspace', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('works on the folder a qualified name points to, for a slug two folders hold', async () => {
    const file = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
      slug: 'team-b/alex-rivera',
      date: '2026-11-24',
      mode: 'insert',
    });
    assert.strictEqual(path.resolve(file), session('team-b', 'alex-rivera', '2026-11-24'));
    assert.match(readText(file), /Shadow one team-b on-call shift/);
    assert.doesNotMatch(readText(file), /team-a migration checklist/);
    assert.ok(!fs.existsSync(session('team-a', 'alex-rivera', '2026-11-24')));
  });

  it('finds the records of the first folder too', async () => {
    const md = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
      slug: 'team-a/alex-rivera',
      date: '2026-11-24',
      mode: 'copy',
    });
    assert.match(md, /Draft the team-a migration checklist/);
    assert.match(md, /Which team-a services own their schema\?/);
  });

  it('needs no folder for a slug only one folder holds', async () => {
    const file = await vscode.commands.executeCommand<string>('mentoring.newSession', {
      slug: 'jordan-lee',
      date: '2026-11-25',
    });
    assert.strictEqual(path.resolve(file), session('team-b', 'jordan-lee', '2026-11-25'));
  });

  it('refuses a qualified name that no folder holds', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.newSession', {
        slug: 'team-a/jordan-lee',
        date: '2026-11-25',
      }),
      undefined,
    );
  });

  it('checks the records of every folder', async () => {
    const file = path.join(folder('team-b'), 'mentoring', 'jordan-lee', 'plan.md');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace('started: 2026-09-01', 'started: 2026-13-01'));
    try {
      const uri = vscode.Uri.file(file);
      await vscode.workspace.openTextDocument(uri);
      const d = await waitForDiagnostics(uri, (x) => x.some((y) => y.source === 'mentoring'));
      assert.ok(d.some((y) => /started/.test(y.message)));
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
