// The Relationships view: its tree as the runtime builds it (through the API activate returns),
// on relationships written on disk, and the commands of its context menus.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  eventually,
  readText,
  workspaceRoot,
  writeSession,
} from './helpers';

interface TreeData {
  label: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  expanded: boolean;
  children: TreeData[];
}

interface Api {
  relationshipsTree(): Promise<TreeData[]>;
}

const PLAN = (mentee: string, mentor: string) =>
  [
    '---',
    `mentee: ${mentee}`,
    `mentors: [${mentor}]`,
    'started: 2026-09-01',
    'cadence: biweekly',
    '---',
    `# Mentoring plan: ${mentee}`,
    '',
    '## Goals',
    '',
    '### G1: Lead a design review',
    '- status: active',
    '- target: 2027-02-01',
    '',
    '### G2: Learn the billing domain',
    '- status: paused',
    '',
  ].join('\n');

function write(slug: string, mentee: string, mentor: string): string {
  const dir = path.join(workspaceRoot(), 'mentoring', slug);
  fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'plan.md'), PLAN(mentee, mentor));
  fs.writeFileSync(
    path.join(dir, 'questions.md'),
    '# Questions for next time\n- [ ] How do you run a design review? (added 2026-11-01 by @x)\n',
  );
  writeSession(slug, '2026-10-20', ['- [ ] @x Draft the review checklist #G1']);
  writeSession(slug, '2026-11-03', ['- [x] @x Read the billing ADRs #G2']);
  return dir;
}

describe('The Relationships view', function () {
  this.timeout(60_000);
  let api: Api;

  before(async () => {
    api = (await activateExtension()).api as unknown as Api;
    write('taylor-mentor-view', 'Taylor Reyes', 'Sam Chen');
    write('morgan-other-view', 'Morgan Ives', 'Someone Else');
  });
  afterEach(closeAllEditorsWithoutSaving);

  const find = (nodes: TreeData[], label: string) => {
    const node = nodes.find((n) => n.label === label);
    assert.ok(node, `no "${label}" in ${nodes.map((n) => n.label).join(', ')}`);
    return node;
  };

  it("shows each relationship by the mentee's name with its plan, sessions newest first and topics, and counts what the other views list", async () => {
    const tree = await eventually('the relationships', async () => {
      const t = await api.relationshipsTree();
      return t.some((n) => n.label === 'Taylor Reyes') ? t : undefined;
    });
    const taylor = find(tree, 'Taylor Reyes');
    assert.deepStrictEqual(
      taylor.children.map((c) => c.label),
      ['Plan', 'Sessions', 'Learning Topics'],
    );
    assert.match(taylor.tooltip ?? '', /1 open action item/);
    assert.match(taylor.tooltip ?? '', /1 queued question/);
    assert.match(taylor.tooltip ?? '', /Folder: taylor-mentor-view/);
    const goals = find(taylor.children, 'Plan').children;
    assert.deepStrictEqual(
      goals.map((g) => [g.label, g.description, g.contextValue]),
      [
        ['G1: Lead a design review', 'active · target 2027-02-01', 'goal'],
        ['G2: Learn the billing domain', 'paused', 'goal'],
      ],
    );
    assert.deepStrictEqual(
      find(taylor.children, 'Sessions').children.map((s) => s.label),
      ['2026-11-03', '2026-10-20'],
    );
    assert.strictEqual(find(taylor.children, 'Learning Topics').description, 'not surfaced yet');
  });

  it("puts the user's own relationships first, marked with their role, from git user.name", async () => {
    const tree = await api.relationshipsTree();
    const mine = find(tree, 'Taylor Reyes');
    const other = find(tree, 'Morgan Ives');
    assert.match(mine.description ?? '', /you: mentor/);
    assert.doesNotMatch(other.description ?? '', /you:/);
    assert.ok(tree.indexOf(mine) < tree.indexOf(other));
  });

  it("sets a goal's status from its context menu, changing only that value", async () => {
    const plan = path.join(workspaceRoot(), 'mentoring', 'taylor-mentor-view', 'plan.md');
    const before = readText(plan);
    const status = await vscode.commands.executeCommand('mentoring.setGoalStatus', {
      file: vscode.Uri.file(plan).toString(),
      goalId: 'G2',
      status: 'achieved',
    });
    assert.strictEqual(status, 'achieved');
    assert.strictEqual(readText(plan), before.replace('- status: paused', '- status: achieved'));
    await eventually('the tree to show the new status', async () => {
      const goals = find(
        find(await api.relationshipsTree(), 'Taylor Reyes').children,
        'Plan',
      );
      return goals.children.some((g) => g.description === 'achieved') ? true : undefined;
    });
  });

  it('switches to another relationship: it opens expanded from then on', async () => {
    const name = await vscode.commands.executeCommand('mentoring.switchRelationship', {
      slug: 'morgan-other-view',
    });
    assert.strictEqual(name, `${path.basename(workspaceRoot())}/morgan-other-view`);
    const tree = await api.relationshipsTree();
    assert.strictEqual(find(tree, 'Morgan Ives').expanded, true);
    assert.strictEqual(find(tree, 'Taylor Reyes').expanded, false);
  });

  it('exports a progress report for a period, opened in an editor and saved under reports/', async () => {
    const result = await vscode.commands.executeCommand<{ text: string; file?: string }>(
      'mentoring.exportProgressReport',
      { slug: 'taylor-mentor-view', since: '2026-10-01', until: '2026-11-30', save: true },
    );
    assert.ok(result?.file, 'not saved');
    assert.strictEqual(
      result.file,
      path.join(
        workspaceRoot(),
        'mentoring',
        'taylor-mentor-view',
        'reports',
        '2026-11-30-progress.md',
      ),
    );
    const text = readText(result.file);
    assert.strictEqual(text, result.text);
    assert.match(text, /Taylor Reyes/);
    assert.match(text, /G1/);
    assert.match(text, /\.\.\/sessions\/2026-10-20\.md/);
  });

  it('opens a progress report as a real file with working links, nothing Untitled, and saves it from the editor title', async () => {
    const result = await vscode.commands.executeCommand<{ text: string; opened?: string }>(
      'mentoring.exportProgressReport',
      { slug: 'taylor-mentor-view', since: '2026-10-01', until: '2026-11-29' },
    );
    assert.ok(result?.opened, 'no report opened');
    const active = vscode.window.activeTextEditor?.document;
    assert.strictEqual(active?.uri.scheme, 'file');
    assert.strictEqual(active.uri.fsPath, result.opened);
    assert.ok(!active.isDirty && !active.isUntitled);
    assert.ok(!result.opened.startsWith(workspaceRoot()), 'the report is not written into the repository');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled), 'an Untitled tab was left');
    // Links are absolute there, so they open: the session file they name exists.
    const link = /\((file:\/\/[^)#]+)/.exec(active.getText())?.[1];
    assert.ok(link && fs.existsSync(vscode.Uri.parse(link).fsPath), link);
    const saved = await vscode.commands.executeCommand<string>('mentoring.saveReport');
    assert.strictEqual(
      saved,
      path.join(workspaceRoot(), 'mentoring', 'taylor-mentor-view', 'reports', '2026-11-29-progress.md'),
    );
    assert.strictEqual(readText(saved), result.text);
    assert.match(result.text, /\.\.\/sessions\/2026-10-20\.md/);
  });

  it('exports a team report that carries no note text', async () => {
    const secret = 'Confidential-note-words-XYZZY';
    const dir = path.join(workspaceRoot(), 'mentoring', 'taylor-mentor-view');
    fs.appendFileSync(path.join(dir, 'sessions', '2026-11-03.md'), `\n## Reflection\n${secret}\n`);
    const text = await vscode.commands.executeCommand<string>('mentoring.exportTeamReport', {
      anonymous: false,
    });
    assert.match(text, /taylor-mentor-view/);
    assert.ok(!text.includes(secret), text);
    assert.ok(!text.includes('Draft the review checklist'), text);
  });

  it('exports an anonymous team report with labels and no folder name', async () => {
    const text = await vscode.commands.executeCommand<string>('mentoring.exportTeamReport', {
      anonymous: true,
    });
    assert.match(text, /^# Team report, anonymous/);
    assert.match(text, /\| R-[0-9a-f]{6} \|/);
    assert.ok(!text.includes('taylor'), text);
  });
});
