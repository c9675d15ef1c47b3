import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  dateString,
  frontMatter,
  readText,
  recordsDir,
  setUpRelationship,
  today,
  workspaceRoot,
} from './helpers';

describe('Setting up mentoring records', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('writes plan.md, questions.md, sessions/ and the records .gitignore for a new mentee', async () => {
    const planPath = await setUpRelationship({
      mentee: 'Alex Rivera',
      mentors: ['Sam Chen'],
      identities: ['alex@example.com'],
      cadence: 'biweekly',
    });
    const dir = recordsDir('alex-rivera');
    assert.strictEqual(path.resolve(planPath), path.join(dir, 'plan.md'));
    assert.ok(fs.existsSync(path.join(dir, 'questions.md')), 'questions.md missing');
    assert.ok(fs.statSync(path.join(dir, 'sessions')).isDirectory(), 'sessions/ missing');
    const gitignore = readText(path.join(workspaceRoot(), 'mentoring', '.gitignore'));
    assert.match(gitignore, /^\*\/private\/$/m);
  });

  it('puts the mentee, mentors, identities, cadence and start date in the plan front matter', async () => {
    const plan = readText(path.join(recordsDir('alex-rivera'), 'plan.md'));
    const fm = frontMatter(plan);
    assert.strictEqual(fm.mentee, 'Alex Rivera');
    const mentors = Array.isArray(fm.mentors) ? fm.mentors : [fm.mentor];
    assert.deepStrictEqual(mentors, ['Sam Chen']);
    assert.deepStrictEqual(fm.identities, ['alex@example.com']);
    assert.strictEqual(fm.cadence, 'biweekly');
    assert.match(dateString(fm.started), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(plan, /^## Goals$/m);
  });

  it('starts questions.md with the "Questions for next time" heading', () => {
    const questions = readText(path.join(recordsDir('alex-rivera'), 'questions.md'));
    assert.match(questions, /^# Questions for next time/m);
  });

  it('makes the slug from the name, folding accents', async () => {
    const planPath = await setUpRelationship({ mentee: 'José Núñez', mentors: ['Sam Chen'] });
    assert.strictEqual(path.resolve(planPath), path.join(recordsDir('jose-nunez'), 'plan.md'));
    assert.strictEqual(frontMatter(readText(planPath)).mentee, 'José Núñez');
  });

  it('refuses a name whose letters the folder name would drop, and a Windows device name, creating nothing', async () => {
    for (const [mentee, folder] of [
      ['Иван Petrov', 'petrov'],
      ['Con', 'con'],
    ]) {
      const result = await vscode.commands.executeCommand('mentoring.setUp', {
        mentee,
        mentors: ['Sam Chen'],
      });
      assert.strictEqual(result, undefined, mentee);
      assert.ok(!fs.existsSync(recordsDir(folder)), folder);
    }
  });
});

describe('Logging a session', () => {
  before(async () => {
    await activateExtension();
    await setUpRelationship({ mentee: 'Jordan Lee', mentors: ['Sam Chen'], cadence: 'weekly' });
  });
  afterEach(closeAllEditorsWithoutSaving);

  it("creates sessions/<today>.md whose front matter date is today's", async () => {
    const sessionPath = await vscode.commands.executeCommand<string>('mentoring.newSession', {
      slug: 'jordan-lee',
    });
    const expected = path.join(recordsDir('jordan-lee'), 'sessions', `${today()}.md`);
    assert.strictEqual(path.resolve(sessionPath), expected);
    const text = readText(expected);
    assert.strictEqual(dateString(frontMatter(text).date), today());
    assert.match(text, /^## Action items$/im);
  });

  it('names a second session on the same day <today>-2.md', async () => {
    const sessionPath = await vscode.commands.executeCommand<string>('mentoring.newSession', {
      slug: 'jordan-lee',
    });
    assert.strictEqual(
      path.resolve(sessionPath),
      path.join(recordsDir('jordan-lee'), 'sessions', `${today()}-2.md`),
    );
    assert.strictEqual(dateString(frontMatter(readText(sessionPath)).date), today());
  });

  it('logs a session on the date it is given', async () => {
    const sessionPath = await vscode.commands.executeCommand<string>('mentoring.newSession', {
      slug: 'jordan-lee',
      date: '2025-03-14',
    });
    assert.strictEqual(
      path.resolve(sessionPath),
      path.join(recordsDir('jordan-lee'), 'sessions', '2025-03-14.md'),
    );
    assert.strictEqual(dateString(frontMatter(readText(sessionPath)).date), '2025-03-14');
  });
});

describe('Queueing a question', () => {
  const slug = 'priya-natarajan';
  let questionsPath: string;

  before(async () => {
    await activateExtension();
    await setUpRelationship({ mentee: 'Priya Natarajan', mentors: ['Sam Chen'] });
    questionsPath = path.join(recordsDir(slug), 'questions.md');
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('appends an unticked item with the date it was added', async () => {
    const returned = await vscode.commands.executeCommand<string>('mentoring.queueQuestion', {
      slug,
      text: 'How do you decide when a migration needs a feature flag?',
      by: 'priya',
    });
    assert.strictEqual(path.resolve(returned), questionsPath);
    // The command may leave the change in an open document or write the file; either way the
    // text VS Code sees is what counts.
    const doc = await vscode.workspace.openTextDocument(questionsPath);
    const line = doc
      .getText()
      .split(/\r?\n/)
      .find((l) => l.includes('How do you decide when a migration needs a feature flag?'));
    assert.ok(line, `question not found in:\n${doc.getText()}`);
    assert.match(
      line,
      new RegExp(
        `^- \\[ \\] How do you decide when a migration needs a feature flag\\? \\(added ${today()}`,
      ),
    );
    if (doc.isDirty) await doc.save();
  });

  it('keeps unsaved edits of an open questions.md and leaves them unsaved', async () => {
    const doc = await vscode.workspace.openTextDocument(questionsPath);
    const editor = await vscode.window.showTextDocument(doc);
    const unsaved = '<!-- an unsaved note typed at the top -->\n';
    const edited = await editor.edit((b) => b.insert(new vscode.Position(0, 0), unsaved));
    assert.ok(edited, 'the editor refused the edit');
    assert.ok(doc.isDirty, 'the edit should leave the document dirty');

    await vscode.commands.executeCommand('mentoring.queueQuestion', {
      slug,
      text: 'Which review comments matter most?',
      by: 'priya',
    });

    assert.ok(doc.isDirty, 'the document was saved or reverted by the command');
    const text = doc.getText();
    assert.ok(text.startsWith(unsaved), `the unsaved edit is gone:\n${text}`);
    assert.match(text, /^- \[ \] Which review comments matter most\? \(added /m);
    const onDisk = readText(questionsPath);
    assert.ok(
      !onDisk.includes('an unsaved note typed at the top'),
      'the unsaved edit was written to disk',
    );
  });
});
