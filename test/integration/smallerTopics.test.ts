// The Learning Topics view lists only the topics worth raising (worthRaising.ts) and keeps the
// rest under one collapsed "N smaller topics" node: a mentee's one-line edits are not 1:1 topics,
// but they are one click away.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeData } from '../../src/extension';
import { activateExtension, commitFilesAs, setUpRelationship } from './helpers';

const MENTEE = { name: 'Noor Haddad', email: 'noor@example.com' };

/** Commits `files` in the workspace as the mentee at `date` (UTC noon). */
function commitAs(date: string, message: string, files: Record<string, string>): void {
  commitFilesAs(MENTEE, date, message, files);
}

/** A file of `n` lines. */
function lines(n: number, tag: string): string {
  return Array.from({ length: n }, (_, i) => `export const ${tag}${i} = ${i};`).join('\n') + '\n';
}

describe('Learning topics: smaller topics', function () {
  this.timeout(60_000);
  let slug: string;
  let api: { learningTopicsTree(): Promise<TreeData[]> };
  const tiny = ['Rename a ledger local', 'Reword a ledger comment', 'Sort the ledger exports'];

  before(async () => {
    api = (await activateExtension()).api as unknown as typeof api;
    const plan = await setUpRelationship({
      mentee: MENTEE.name,
      mentors: ['Sam Chen'],
      identities: [MENTEE.email],
    });
    slug = path.basename(path.dirname(plan));
    // Earlier work in ledger/, so nothing in the range is new ground.
    commitAs('2027-01-05', 'Start the ledger', {
      'ledger/a.ts': 'export const a = 1;\n',
      'ledger/b.ts': 'export const b = 1;\n',
      'ledger/c.ts': 'export const c = 1;\n',
    });
    ['tax', 'discount', 'currency'].forEach((name, i) =>
      commitAs(`2027-02-0${i + 1}`, `Add ${name} rules to the ledger`, {
        [`ledger/${name}.ts`]: lines(200 - 40 * i, name),
      }),
    );
    tiny.forEach((message, i) =>
      commitAs(`2027-02-1${i + 1}`, message, {
        [`ledger/${'abc'[i]}.ts`]: `export const ${'abc'[i]} = 2;\n`,
      }),
    );
  });

  it('shows the three features and keeps the three one-line edits under a collapsed "3 smaller topics" node', async () => {
    const result = await vscode.commands.executeCommand<{ topics: unknown[] }>(
      'mentoring.surfaceTopics',
      { slug, range: { since: '2027-02-01', until: '2027-02-28' } },
    );
    assert.strictEqual(result?.topics.length, 6);
    const tree = await api.learningTopicsTree();
    const mine = tree.find((n) => n.label === MENTEE.name);
    assert.ok(mine, tree.map((n) => n.label).join(', '));
    const topics = mine.children.filter((n) => n.contextValue === 'topic');
    assert.deepStrictEqual(
      topics.map((n) => n.label),
      ['tax', 'discount', 'currency'].map((name) => `Add ${name} rules to the ledger`),
    );
    const smaller = mine.children.filter((n) => n.contextValue === 'smallerTopics');
    assert.strictEqual(smaller.length, 1);
    assert.strictEqual(smaller[0].label, '3 smaller topics');
    assert.strictEqual(smaller[0].expanded, false);
    assert.deepStrictEqual(smaller[0].children.map((n) => n.label).sort(), [...tiny].sort());
    assert.ok(smaller[0].children.every((n) => n.contextValue === 'topic'));
  });
});
