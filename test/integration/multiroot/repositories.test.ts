// Learning topics from the repositories a plan names, in the multi-root workspace: team-a holds
// the records, and the plan names team-a and team-b by their remotes. The view groups the
// topics by repository, and Show Commit opens each commit in its own repository.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditorsWithoutSaving } from '../helpers';

interface Result {
  repos?: Record<string, string>;
  notes: string[];
  topics: { repository?: string; evidence: { commits: string[]; files: string[] } }[];
}

interface TreeData {
  label: string;
  description?: string;
  contextValue?: string;
  children: TreeData[];
}

const MENTEE = { name: 'Casey Morgan', email: 'casey@example.com' };

function folder(name: string): string {
  const f = (vscode.workspace.workspaceFolders ?? []).find((w) => w.name === name);
  assert.ok(f, `no workspace folder ${name}`);
  return f.uri.fsPath;
}

function git(top: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync('git', args, { cwd: top, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A commit by the mentee on `date`, writing `files`; its full id. */
function commitAs(top: string, date: string, message: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
    fs.writeFileSync(path.join(top, file), text);
  }
  const env = {
    GIT_AUTHOR_NAME: MENTEE.name,
    GIT_AUTHOR_EMAIL: MENTEE.email,
    GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
    GIT_COMMITTER_NAME: MENTEE.name,
    GIT_COMMITTER_EMAIL: MENTEE.email,
    GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
  };
  git(top, ['add', '--', ...Object.keys(files)]);
  git(top, ['commit', '-q', '--no-verify', '-m', message, '--', ...Object.keys(files)], env);
  return git(top, ['rev-parse', 'HEAD']);
}

describe('Learning topics from every repository a plan names', function () {
  this.timeout(60_000);
  let shaA: string;
  let shaB: string;
  let teamA: string;
  let teamB: string;
  let result: Result | undefined;

  before(async () => {
    await activateExtension();
    teamA = folder('team-a');
    teamB = folder('team-b');
    git(teamA, ['remote', 'add', 'origin', 'git@github.com:Acme/team-a.git']);
    git(teamB, ['remote', 'add', 'origin', 'https://github.com/acme/team-b']);
    shaA = commitAs(teamA, '2026-10-05', 'Add the ledger export', {
      'ledger/export.ts': 'export const x = 1;\n',
    });
    shaB = commitAs(teamB, '2026-10-06', 'Tune the pager rotation', {
      'oncall/rotation.yml': 'weeks: 2\n',
    });
    const plan = path.join(teamA, 'mentoring', 'casey-morgan', 'plan.md');
    fs.mkdirSync(path.dirname(plan), { recursive: true });
    fs.writeFileSync(
      plan,
      [
        '---',
        `mentee: ${MENTEE.name}`,
        'mentors: [Sam Chen]',
        'started: 2026-01-01',
        `identities: [${MENTEE.email}]`,
        'repositories:',
        '  - github.com/acme/team-a',
        '  - github.com/acme/team-b',
        '  - github.com/acme/not-cloned',
        '---',
        `# Mentoring plan: ${MENTEE.name}`,
        '',
      ].join('\n'),
    );
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('groups the topics of each repository under it in the view, and names the one not found', async () => {
    result = await vscode.commands.executeCommand<Result>('mentoring.surfaceTopics', {
      slug: 'team-a/casey-morgan',
      range: { since: '2026-10-01', until: '2026-10-31' },
    });
    assert.ok(result, 'surfaceTopics refused');
    assert.deepStrictEqual([...new Set(result.topics.map((t) => t.repository))].sort(), [
      'github.com/acme/team-a',
      'github.com/acme/team-b',
    ]);
    assert.ok(
      result.notes.some(
        (n) => n.includes('github.com/acme/not-cloned') && n.includes('mentoring.repositoryPaths'),
      ),
    );
    const { api } = await activateExtension();
    const tree = await (
      api as unknown as { learningTopicsTree(): Promise<TreeData[]> }
    ).learningTopicsTree();
    const casey = tree.find((n) => n.label.includes('casey') || n.label.includes('Casey'));
    assert.ok(casey, `no Casey in ${tree.map((n) => n.label).join(', ')}`);
    assert.deepStrictEqual(casey.children.map((c) => [c.label, c.contextValue]).sort(), [
      ['Not found: github.com/acme/not-cloned', 'topicsMissingRepository'],
      ['github.com/acme/team-a', 'topicsRepository'],
      ['github.com/acme/team-b', 'topicsRepository'],
    ]);
    const groups = casey.children.filter((c) => c.contextValue === 'topicsRepository');
    for (const group of groups) {
      assert.ok(group.children.length > 0, `${group.label} has no topics`);
      assert.ok(group.children.every((t) => t.contextValue === 'topic'));
    }
  });

  it("shows each topic's commit from its own repository, as the view's nodes pass it", async () => {
    assert.ok(result?.repos, 'no repositories in the result');
    const real = (p: string) => fs.realpathSync(p);
    assert.strictEqual(real(result.repos['github.com/acme/team-a']), real(teamA));
    assert.strictEqual(real(result.repos['github.com/acme/team-b']), real(teamB));
    for (const [sha, text] of [
      [shaA, /export const x = 1/],
      [shaB, /weeks: 2/],
    ] as const) {
      const topic = result.topics.find((t) => t.evidence.commits.includes(sha));
      assert.ok(topic?.repository, `no topic cites ${sha}`);
      const repo = result.repos[topic.repository];
      const file = topic.evidence.files[0];
      const uri = await vscode.commands.executeCommand<string>('mentoring.showCommit', {
        repo,
        sha,
        path: file,
      });
      assert.ok(uri, `Show Commit refused ${sha} in ${repo}`);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      assert.match(doc.getText(), text);
    }
  });
});
