// "Also commits as" hints in the extension host: the mentee's name (with and without its accent)
// commits under an address the plan leaves out; Surface Learning Topics lists it in the Learning
// Topics view, and the hint's action (the arguments the view passes) adds it to the plan.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeData } from '../../src/extension';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  commitFilesAs,
  setUpRelationship,
  type GitPerson,
} from './helpers';

/** Commits one file in the workspace as `who` at `date` (UTC noon). */
function commitAs(who: GitPerson, date: string, file: string): void {
  commitFilesAs(who, date, `Work of ${date}`, { [file]: `${date}\n` });
}

function hintsIn(tree: TreeData[]): TreeData[] {
  return tree.flatMap((n) => [
    ...(n.contextValue === 'identityHint' ? [n] : []),
    ...hintsIn(n.children),
  ]);
}

describe('Identity hints', function () {
  this.timeout(60_000);
  let slug: string;
  let planPath: string;
  let api: { learningTopicsTree(): Promise<TreeData[]> };

  before(async () => {
    api = (await activateExtension()).api as unknown as typeof api;
    planPath = await setUpRelationship({
      mentee: 'Zoë Lindqvist',
      mentors: ['Sam Chen'],
      identities: ['zoe@example.com'],
    });
    slug = path.basename(path.dirname(planPath));
    commitAs(
      { name: 'Zoe Lindqvist', email: 'zoe@old.example' },
      '2026-06-10',
      'lindqvist/old-a.txt',
    );
    commitAs(
      { name: 'Zoe Lindqvist', email: 'zoe@old.example' },
      '2026-06-11',
      'lindqvist/old-b.txt',
    );
    commitAs(
      { name: 'Zoë Lindqvist', email: 'zoe@example.com' },
      '2026-07-10',
      'lindqvist/new.txt',
    );
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('shows the other address in the Learning Topics view, and its action adds it to the plan’s identities', async () => {
    const result = await vscode.commands.executeCommand<{
      relationship: string;
      identityHints?: { email: string; commits: number }[];
    }>('mentoring.surfaceTopics', { slug, range: { since: '2026-07-01', until: '2026-07-31' } });
    assert.deepStrictEqual(
      result?.identityHints?.map((h) => [h.email, h.commits]),
      [['zoe@old.example', 2]],
    );
    const hints = hintsIn(await api.learningTopicsTree());
    assert.deepStrictEqual(
      hints.map((h) => h.label),
      ['Also commits as zoe@old.example'],
    );

    const before = fs.readFileSync(planPath, 'utf8');
    const identities = await vscode.commands.executeCommand<string[]>('mentoring.addIdentity', {
      relationship: result?.relationship,
      identity: 'zoe@old.example',
    });
    assert.deepStrictEqual(identities, ['zoe@example.com', 'zoe@old.example']);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === planPath);
    const after = document?.getText() ?? fs.readFileSync(planPath, 'utf8');
    const changed = before.split('\n').filter((line, i) => after.split('\n')[i] !== line);
    assert.strictEqual(changed.length, 1, `one line changed: ${changed.join(' | ')}`);
    assert.match(after, /zoe@old\.example/);
    assert.deepStrictEqual(hintsIn(await api.learningTopicsTree()), []);
  });
});
