// Learning topics in the extension host: Surface Learning Topics on commits made in the test
// workspace by a mentee with fixed dates, then Add to Agenda, Show Commit and Open File, as the
// Learning Topics view's context menu runs them (with the argument objects the view passes).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  commitFilesAs,
  readText,
  recordsDir,
  sectionBody,
  setUpRelationship,
  workspaceRoot,
  writeSession,
} from './helpers';

interface TopicLike {
  id: string;
  kind: string;
  title: string;
  question: string;
  evidence: { commits: string[]; files: string[] };
  facets?: { kind: string; text: string }[];
}

interface TopicsResultLike {
  relationship: string;
  repo: string;
  commits: number;
  partial: boolean;
  topics: TopicLike[];
}

const MENTEE = { name: 'Robin Park', email: 'robin@example.com' };
const PAIR = 'Kai Osei <kai@example.com>';

/** Commits `files` in the workspace as `who` at `date` (UTC noon); returns the commit's sha. */
const commitAs = commitFilesAs;

/** The story whose evidence holds `sha`. */
function storyOf(result: TopicsResultLike, sha: string): TopicsResultLike['topics'][number] {
  const story = result.topics.find((t) => t.kind === 'story' && t.evidence.commits.includes(sha));
  assert.ok(story, `no story holds ${sha}: ${result.topics.map((t) => t.title).join(', ')}`);
  return story;
}

async function surface(slug: string): Promise<TopicsResultLike> {
  const result = await vscode.commands.executeCommand<TopicsResultLike | undefined>(
    'mentoring.surfaceTopics',
    { slug, range: { since: '2026-10-01', until: '2026-10-31' } },
  );
  assert.ok(result, 'surfaceTopics refused');
  return result;
}

describe('Learning topics', function () {
  this.timeout(60_000);
  let slug: string;
  let shas: Record<string, string>;

  before(async () => {
    await activateExtension();
    const plan = await setUpRelationship({
      mentee: MENTEE.name,
      mentors: ['Sam Chen'],
      identities: [MENTEE.email],
    });
    slug = path.basename(path.dirname(plan));
    // Someone else's earlier work, so that Robin's first touch of billing/ has an expert.
    commitAs({ name: 'Dana Expert', email: 'dana@example.com' }, '2026-09-20', 'Billing core', {
      'billing/invoice.ts': 'export const invoice = 1;\n',
    });
    shas = {
      billing: commitAs(MENTEE, '2026-10-05', 'Add <b>invoice</b> rounding', {
        'billing/invoice.ts': 'export const invoice = 2;\n',
      }),
      pairing: commitAs(
        MENTEE,
        '2026-10-08',
        `Add the payment retry queue\n\nCo-authored-by: ${PAIR}`,
        { 'billing/retry.ts': 'export const retry = 3;\n' },
      ),
    };
    shas.revert = commitAs(
      MENTEE,
      '2026-10-09',
      `Revert "Add the payment retry queue"\n\nThis reverts commit ${shas.pairing}.`,
      { 'billing/retry.ts': 'export const retry = 0;\n' },
    );
    // Outside the range: not evidence.
    commitAs(MENTEE, '2026-11-02', 'Later work', { 'billing/later.ts': 'export {};\n' });
  });
  afterEach(closeAllEditorsWithoutSaving);

  it("surfaces ranked topics from the mentee's commits in the range, each with evidence and an open question", async () => {
    const result = await surface(slug);
    assert.strictEqual(result.commits, 3);
    assert.strictEqual(result.partial, false);
    // Two stories: the invoice rounding, and the retry queue with its revert (one piece of work).
    assert.deepEqual(
      result.topics.map((t) => t.kind),
      ['story', 'story'],
    );
    const retry = storyOf(result, shas.revert);
    assert.ok(retry.evidence.commits.includes(shas.pairing));
    const facets = (retry.facets ?? []).map((f) => `${f.kind}: ${f.text}`).join('\n');
    assert.match(facets, /^revert: Reverted 1 day later: Revert "Add the payment retry queue"$/m);
    assert.match(facets, /^help: Help from Kai Osei \(co-authored\)$/m);
    const billing = storyOf(result, shas.billing);
    assert.match((billing.facets ?? []).map((f) => f.text).join('\n'), /First work in billing/);
    for (const t of result.topics) {
      assert.match(t.question, /\?$/, `${t.id}: ${t.question}`);
      for (const sha of t.evidence.commits)
        assert.ok(Object.values(shas).includes(sha), `${t.id} cites ${sha}, not in the range`);
    }
  });

  it("adds a topic to the agenda of the session being prepared, creating that day's log when there is none", async () => {
    const result = await surface(slug);
    const revert = storyOf(result, shas.revert);
    const file = await vscode.commands.executeCommand<string>('mentoring.addTopicToAgenda', {
      relationship: result.relationship,
      topicId: revert.id,
      date: '2026-11-30',
    });
    assert.strictEqual(typeof file, 'string');
    assert.strictEqual(file, path.join(recordsDir(slug), 'sessions', '2026-11-30.md'));
    await vscode.window.activeTextEditor?.document.save();
    const agenda = sectionBody(readText(file), 'Agenda');
    assert.ok(agenda.includes(revert.title), agenda);
    assert.ok(agenda.includes(shas.revert.slice(0, 7)), agenda);
  });

  it('adds a topic to an existing session log by inserting lines only: every other byte stays', async () => {
    const result = await surface(slug);
    const story = storyOf(result, shas.pairing);
    const file = writeSession(slug, '2026-12-07', ['- [ ] @robin Read the retry design notes']);
    const before = fs.readFileSync(file);
    await vscode.commands.executeCommand('mentoring.addTopicToAgenda', {
      relationship: result.relationship,
      topicId: story.id,
      date: '2026-12-07',
    });
    await vscode.window.activeTextEditor?.document.save();
    const after = fs.readFileSync(file);
    const text = after.toString('utf8');
    const added = text.split('\n').filter((l) => !before.toString('utf8').split('\n').includes(l));
    assert.strictEqual(added.length, 1, `added lines: ${JSON.stringify(added)}`);
    assert.ok(added[0].includes(story.title), added[0]);
    assert.ok(sectionBody(text, 'Agenda').includes(story.title));
    // Removing the added line gives the original bytes back.
    assert.ok(Buffer.from(text.replace(`${added[0]}\n`, ''), 'utf8').equals(before));
  });

  it('fills the learning topics of an agenda with the commits since the last session', async () => {
    writeSession(slug, '2026-10-04', []);
    const file = await vscode.commands.executeCommand<string>('mentoring.prepareAgenda', {
      slug,
      date: '2026-10-10',
      mode: 'insert',
    });
    assert.strictEqual(typeof file, 'string');
    const agenda = sectionBody(readText(file), 'Agenda');
    assert.match(agenda, /### Learning topics/);
    assert.ok(agenda.includes(shas.revert.slice(0, 7)), agenda);
    // 2026-11-02 is after the agenda's date: not a topic of it.
    assert.ok(!agenda.includes('later.ts'), agenda);
  });

  it('offers prompts from those commits without naming one in a session log, which git shares', async () => {
    await surface(slug);
    const file = writeSession(slug, '2026-12-14', []);
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    await vscode.commands.executeCommand('mentoring.addReflection', { template: 'commits' });
    await vscode.window.activeTextEditor?.document.save();
    const reflection = sectionBody(readText(file), 'Reflection');
    assert.match(reflection, /From recent commits/);
    assert.ok(!reflection.includes(shas.revert.slice(0, 7)), reflection);
    assert.match(reflection, /When a change has to be undone/);
  });

  it("names the revert by its short id in a private note, speaking about the mentee to anyone else", async () => {
    await surface(slug);
    const note = path.join(workspaceRoot(), 'mentoring', slug, 'private', '2026-12-14.md');
    fs.mkdirSync(path.dirname(note), { recursive: true });
    fs.writeFileSync(note, '# Private note\n\n');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(note));
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('mentoring.addReflection', { template: 'commits' });
    await vscode.window.activeTextEditor?.document.save();
    const text = readText(note);
    // The workspace's git user is not the mentee: the prompt is about them, not to "you".
    assert.ok(text.includes(`${MENTEE.name} reverted ${shas.revert.slice(0, 7)}`), text);
    assert.doesNotMatch(text, /\bYou reverted\b/);
    fs.rmSync(path.dirname(note), { recursive: true, force: true });
  });

  it("shows a commit's change in the diff editor, its parent on the left", async () => {
    const result = await surface(slug);
    const uri = await vscode.commands.executeCommand<string>('mentoring.showCommit', {
      repo: result.repo,
      sha: shas.billing,
    });
    assert.ok(uri, 'showCommit refused');
    const right = vscode.window.activeTextEditor?.document;
    assert.ok(right);
    assert.strictEqual(right.uri.scheme, 'mentoring-commit');
    assert.strictEqual(right.getText(), 'export const invoice = 2;\n');
    const left = vscode.workspace.textDocuments.find(
      (d) => d.uri.scheme === 'mentoring-commit' && new URLSearchParams(d.uri.query).get('side') === 'old',
    );
    assert.ok(left, 'the left side of the diff is open');
    assert.strictEqual(left.getText(), 'export const invoice = 1;\n');
  });

  it("shows a commit's message and patch as text on request", async () => {
    const result = await surface(slug);
    const uri = await vscode.commands.executeCommand<string>('mentoring.showCommit', {
      repo: result.repo,
      sha: shas.billing,
      whole: true,
    });
    assert.ok(uri, 'showCommit refused');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document);
    assert.strictEqual(document.uri.scheme, 'mentoring-commit');
    assert.strictEqual(document.languageId, 'diff');
    const text = document.getText();
    assert.ok(text.includes('Add <b>invoice</b> rounding'), text.slice(0, 500));
    assert.ok(text.includes('+export const invoice = 2;'), text.slice(0, 2000));
  });

  it('opens a file of a topic, and refuses a path that leaves the repository', async () => {
    const result = await surface(slug);
    const opened = await vscode.commands.executeCommand<string>('mentoring.openTopicFile', {
      repo: result.repo,
      path: 'billing/invoice.ts',
    });
    assert.strictEqual(opened, path.join(workspaceRoot(), 'billing', 'invoice.ts'));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, opened);
    const refused = await vscode.commands.executeCommand('mentoring.openTopicFile', {
      repo: result.repo,
      path: '../outside.txt',
    });
    assert.strictEqual(refused, undefined);
  });

  it('refuses Show Commit for a repository outside the workspace and an id that is not a commit', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('mentoring.showCommit', {
        repo: workspaceRoot(),
        sha: '--output=/tmp/x',
      }),
      undefined,
    );
    await assert.rejects(
      Promise.resolve(
        vscode.workspace.openTextDocument(
          vscode.Uri.from({
            scheme: 'mentoring-commit',
            path: '/x.diff',
            query: new URLSearchParams({ repo: '/', sha: shas.billing }).toString(),
          }),
        ),
      ),
    );
  });
});
