// Review work in the extension host: a maintainer's merges of others' pull requests, made in the
// test workspace's repository, become one Learning Topics item naming whose work it was, with
// each merge inside it, its merge commits listed by subject, and Show Commit on a merge giving
// what the pull request brought in.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeData } from '../../src/extension';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  setUpRelationship,
  workspaceRoot,
  type GitPerson,
} from './helpers';
import { mergedPullRequestIn } from '../support/workspaceGit';

const MAINTAINER = { name: 'Maya Lindqvist', email: 'maya@example.com' };
const ANA = { name: 'Ana Ruiz', email: 'ana@example.com' };
const BEN = { name: 'Ben Okafor', email: 'ben@example.com' };

/** A pull request by `who` adding `file` on `day` of August, merged by the maintainer a day later. */
function mergedPullRequest(who: GitPerson, pr: number, file: string, text: string, day: number) {
  const on = (d: number) => `2026-08-${String(d).padStart(2, '0')}`;
  return mergedPullRequestIn(workspaceRoot(), {
    author: who,
    date: on(day),
    file,
    text,
    maintainer: MAINTAINER,
    mergedOn: on(day + 1),
    message: `Merge pull request #${pr} from ${who.name.split(' ')[0].toLowerCase()}/fix-${pr}`,
  });
}

describe('Learning topics: review work', function () {
  this.timeout(60_000);
  let slug: string;
  let merges: string[];
  let api: { learningTopicsTree(): Promise<TreeData[]> };

  before(async () => {
    api = (await activateExtension()).api as unknown as typeof api;
    const plan = await setUpRelationship({
      mentee: MAINTAINER.name,
      mentors: ['Sam Chen'],
      identities: [MAINTAINER.email],
    });
    slug = path.basename(path.dirname(plan));
    merges = [
      mergedPullRequest(ANA, 41, 'review/parser.ts', 'export const parser = 1;\n', 3),
      mergedPullRequest(BEN, 42, 'review/lexer.ts', 'export const lexer = 1;\n', 10),
    ];
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('raises the maintainer’s merges of others’ pull requests as one topic, in the view with each merge', async () => {
    const result = await vscode.commands.executeCommand<
      { topics: { id: string; title: string; question: string; evidence: { commits: string[] } }[] } | undefined
    >('mentoring.surfaceTopics', { slug, range: { since: '2026-08-01', until: '2026-08-31' } });
    assert.ok(result, 'surfaceTopics refused');
    const review = result.topics.find((t) => t.id === 'story:review');
    assert.ok(review, result.topics.map((t) => t.title).join(', '));
    assert.strictEqual(
      review.title,
      'Reviewed and merged 2 pull requests from 2 contributors: Ana Ruiz and Ben Okafor',
    );
    assert.deepStrictEqual([...review.evidence.commits].sort(), [...merges].sort());
    assert.match(review.question, /pull requests from 2 contributors/);

    const tree = await api.learningTopicsTree();
    const mine = tree.find((n) => n.label === MAINTAINER.name);
    assert.ok(mine, tree.map((n) => n.label).join(', '));
    const node = mine.children.find((n) => n.label === review.title);
    assert.ok(node, mine.children.map((n) => n.label).join(', '));
    const labels = node.children.map((n) => n.label);
    assert.ok(labels.includes('2026-08-11: Merge pull request #42 from ben/fix-42'), labels.join('\n'));
    assert.ok(labels.includes('2026-08-04: Merge pull request #41 from ana/fix-41'), labels.join('\n'));
    const commits = node.children.find((n) => n.label === 'Commits');
    assert.ok(commits);
    assert.deepStrictEqual(
      commits.children.map((n) => n.label).sort(),
      [
        `${merges[0].slice(0, 7)} Merge pull request #41 from ana/fix-41`,
        `${merges[1].slice(0, 7)} Merge pull request #42 from ben/fix-42`,
      ].sort(),
    );
  });

  it('shows what a merged pull request brought in when its merge commit is opened', async () => {
    const uri = await vscode.commands.executeCommand<string>('mentoring.showCommit', {
      repo: workspaceRoot(),
      sha: merges[1],
    });
    assert.ok(uri, 'showCommit refused');
    const right = vscode.window.activeTextEditor?.document;
    assert.ok(right);
    assert.strictEqual(right.uri.scheme, 'mentoring-commit');
    assert.strictEqual(right.getText(), 'export const lexer = 1;\n');
  });
});
