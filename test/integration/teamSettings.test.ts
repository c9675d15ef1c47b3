// Team settings in the editor: <root>/config.yml sets the carries limit for everyone; a setting
// set explicitly at any level wins over it, and a default never does.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers';

const SLUG = 'team-tess';
const DATE = '2026-11-23';
const ITEM = 'Draft the checklist';

const records = () => path.join(workspaceRoot(), 'mentoring');
const config = () => path.join(records(), 'config.yml');

/** An item in the first of two sessions: the agenda of DATE carries it once. */
function writeRecords(): void {
  const dir = path.join(records(), SLUG);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'plan.md'),
    '---\nmentee: Team Tess\nmentors: [Sam Chen]\nstarted: 2026-09-01\n---\n# Mentoring plan: Team Tess\n\n## Goals\n',
  );
  const session = (date: string, items: string[]) =>
    `---\ndate: ${date}\n---\n# Session ${date}\n\n## Action items\n${items.join('\n')}\n`;
  fs.writeFileSync(
    path.join(dir, 'sessions', '2026-11-02.md'),
    session('2026-11-02', [`- [ ] @tess ${ITEM}`]),
  );
  fs.writeFileSync(path.join(dir, 'sessions', '2026-11-09.md'), session('2026-11-09', []));
}

async function decide(): Promise<boolean> {
  const markdown = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
    slug: SLUG,
    date: DATE,
    mode: 'copy',
  });
  const line = markdown.split('\n').find((l) => l.includes(ITEM));
  assert.ok(line, markdown);
  return /decide/.test(line);
}

describe('Team settings: config.yml and VS Code settings', function () {
  this.timeout(60_000);
  before(async () => {
    await activateExtension();
    writeRecords();
  });
  after(async () => {
    fs.rmSync(config(), { force: true });
    fs.rmSync(path.join(records(), SLUG), { recursive: true, force: true });
    await closeAllEditorsWithoutSaving();
  });

  it("takes agenda.maxCarries from the team's config.yml when no setting is set", async () => {
    assert.strictEqual(await decide(), false, 'default 3');
    fs.writeFileSync(config(), 'agenda:\n  maxCarries: 1\n');
    assert.strictEqual(await decide(), true, 'config.yml 1');
  });

  it('lets a setting set explicitly win over config.yml, even one equal to the default', async () => {
    fs.writeFileSync(config(), 'agenda:\n  maxCarries: 1\n');
    const settings = vscode.workspace.getConfiguration('mentoring');
    await settings.update('agenda.maxCarries', 3, vscode.ConfigurationTarget.Workspace);
    try {
      assert.strictEqual(await decide(), false, 'the workspace setting 3 wins');
    } finally {
      await settings.update('agenda.maxCarries', undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.strictEqual(await decide(), true, 'config.yml again once the setting is removed');
  });

  it('shows a bad value in config.yml in the Problems panel, at its key', async () => {
    fs.writeFileSync(config(), 'agenda:\n  maxCarries: lots\n');
    const uri = vscode.Uri.file(config());
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) =>
      d.some((x) => x.code === 'config-bad-value'),
    );
    const bad = diagnostics.find((d) => d.code === 'config-bad-value')!;
    assert.strictEqual(bad.range.start.line, 1);
    assert.match(
      bad.message,
      /agenda\.maxCarries: must be a whole number of sessions, 1 or more; got "lots"/,
    );
  });
});
