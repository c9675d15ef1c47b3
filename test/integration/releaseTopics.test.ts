// Releases in the extension host: two release commits of the mentee, tagged as a module's
// versions in the test workspace's repository (their subjects name no release), become ONE
// Learning Topics item naming both versions, a line per release and both commits inside it.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeData } from '../../src/extension';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  setUpRelationship,
  workspaceRoot,
} from './helpers';
import { commitFilesIn, gitIn } from '../support/workspaceGit';

const MENTEE = { name: 'Rui Tanaka', email: 'rui@example.com' };

describe('Learning topics: releases from tags', function () {
  this.timeout(60_000);
  let slug: string;
  let releases: string[];
  let api: { learningTopicsTree(): Promise<TreeData[]> };

  before(async () => {
    api = (await activateExtension()).api as unknown as typeof api;
    const plan = await setUpRelationship({
      mentee: MENTEE.name,
      mentors: ['Sam Chen'],
      identities: [MENTEE.email],
    });
    slug = path.basename(path.dirname(plan));
    const root = workspaceRoot();
    releases = [
      ['2026-09-08', '4.1.0'],
      ['2026-09-22', '4.2.0'],
    ].map(([date, version]) => {
      const sha = commitFilesIn(root, MENTEE, date, `Updates for widgets ${version}`, {
        'widgets/CHANGELOG.md': `# ${version}\n`,
        'widgets/package.json': `{ "name": "widgets", "version": "${version}" }\n`,
      });
      gitIn(
        root,
        { who: MENTEE, date },
        'tag',
        '-a',
        '-m',
        `widgets ${version}`,
        `widgets/v${version}`,
        sha,
      );
      return sha;
    });
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('raises the tagged releases as one topic, with a line per release and both commits', async () => {
    const result = await vscode.commands.executeCommand<
      | {
          topics: {
            id: string;
            title: string;
            question: string;
            evidence: { commits: string[] };
          }[];
        }
      | undefined
    >('mentoring.surfaceTopics', { slug, range: { since: '2026-09-01', until: '2026-09-30' } });
    assert.ok(result, 'surfaceTopics refused');
    const release = result.topics.find((t) => t.id === 'story:releases');
    assert.ok(release, result.topics.map((t) => t.title).join(', '));
    assert.strictEqual(release.title, 'Released 2 versions: widgets 4.1.0 and widgets 4.2.0');
    assert.deepStrictEqual([...release.evidence.commits].sort(), [...releases].sort());
    assert.match(release.question, /release/);

    const tree = await api.learningTopicsTree();
    const mine = tree.find((n) => n.label === MENTEE.name);
    assert.ok(mine, tree.map((n) => n.label).join(', '));
    const node = mine.children.find((n) => n.label === release.title);
    assert.ok(node, mine.children.map((n) => n.label).join(', '));
    const labels = node.children.map((n) => n.label);
    assert.ok(labels.includes('Release widgets 4.1.0'), labels.join('\n'));
    assert.ok(labels.includes('Release widgets 4.2.0'), labels.join('\n'));
    const commits = node.children.find((n) => n.label === 'Commits');
    assert.ok(commits, labels.join('\n'));
    assert.deepStrictEqual(
      commits.children.map((n) => n.label).sort(),
      [
        `${releases[0].slice(0, 7)} Updates for widgets 4.1.0`,
        `${releases[1].slice(0, 7)} Updates for widgets 4.2.0`,
      ].sort(),
    );
  });
});
