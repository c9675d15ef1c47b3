// Reflection templates, open questions and the question checker in the extension host: Add
// Reflection and Insert Open Question with the argument objects that skip their prompts, the
// checker's diagnostics as the Problems panel gets them, and applying a quick fix as the light
// bulb does.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_QUESTIONS } from '../../src/core/questionBank/builtinQuestions';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  readText,
  recordsDir,
  sectionBody,
  setUpRelationship,
  waitForDiagnostics,
  workspaceRoot,
  writeSession,
} from './helpers';

const isQuestionCheck = (d: vscode.Diagnostic) =>
  d.source === 'mentoring' && /-question$/.test(String(d.code));

describe('Reflections and open questions', function () {
  this.timeout(60_000);
  let slug: string;

  before(async () => {
    await activateExtension();
    const plan = await setUpRelationship({ mentee: 'Casey Moreau', mentors: ['Sam Chen'] });
    slug = path.basename(path.dirname(plan));
  });
  afterEach(closeAllEditorsWithoutSaving);

  it("adds a built-in reflection template to the session log's Reflection section", async () => {
    const file = writeSession(slug, '2026-11-20', []);
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    const result = await vscode.commands.executeCommand<string>('mentoring.addReflection', {
      template: 'gibbs',
    });
    assert.strictEqual(result, file);
    await vscode.window.activeTextEditor?.document.save();
    const reflection = sectionBody(readText(file), 'Reflection');
    assert.match(reflection, /Gibbs/);
    // The other sections are as they were.
    assert.match(sectionBody(readText(file), 'Notes'), /^Talked it through\.$/m);
  });

  it("uses the team's own template when it overrides a built-in one", async () => {
    const dir = path.join(workspaceRoot(), 'mentoring', 'templates', 'reflections');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'four-ls.md'),
      '---\ntitle: Our 4Ls\ndescription: The team version\nwhen: after-session\n---\n- What did we like?\n',
    );
    try {
      const file = writeSession(slug, '2026-11-21', []);
      await vscode.window.showTextDocument(vscode.Uri.file(file));
      await vscode.commands.executeCommand('mentoring.addReflection', { template: 'four-ls' });
      await vscode.window.activeTextEditor?.document.save();
      const reflection = sectionBody(readText(file), 'Reflection');
      assert.match(reflection, /Our 4Ls/);
      assert.match(reflection, /What did we like\?/);
    } finally {
      fs.rmSync(path.join(workspaceRoot(), 'mentoring', 'templates'), { recursive: true });
    }
  });

  it('inserts a reflection after the cursor line of any other markdown file, splitting nothing', async () => {
    const notes = path.join(workspaceRoot(), 'notes.md');
    fs.writeFileSync(notes, '# My notes\nA line of mine\n');
    try {
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(notes));
      editor.selection = new vscode.Selection(1, 3, 1, 3);
      await vscode.commands.executeCommand('mentoring.addReflection', {
        template: 'rose-thorn-bud',
      });
      const text = editor.document.getText();
      assert.ok(text.startsWith('# My notes\nA line of mine\n**'), text);
      assert.match(text, /Rose/);
    } finally {
      await closeAllEditorsWithoutSaving();
      fs.rmSync(notes);
    }
  });

  it('inserts an open question for this session from a category at the cursor', async () => {
    const file = writeSession(slug, '2026-11-22', []);
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    const agendaLine = editor.document.getText().split('\n').indexOf('## Agenda') + 1;
    editor.selection = new vscode.Selection(agendaLine, 0, agendaLine, 0);
    const question = await vscode.commands.executeCommand<string>('mentoring.insertOpenQuestion', {
      forSession: true,
      category: 'career',
    });
    assert.ok(question?.endsWith('?'), question);
    const fromBank = BUILTIN_QUESTIONS.find((q) => q.text === question);
    assert.strictEqual(fromBank?.category, 'career');
    assert.ok(editor.document.lineAt(agendaLine).text.includes(question));
  });

  it("marks a mentor's closed and leading questions in questions.md and the Agenda, never the mentee's, not in Notes", async () => {
    const questions = path.join(recordsDir(slug), 'questions.md');
    fs.writeFileSync(
      questions,
      '# Questions for next time\n- [ ] Did the migration go well? (added 2026-11-20 by @sam)\n- [ ] How do you plan a rollback? (added 2026-11-20 by @sam)\n- [ ] Should scripts/ get its own CI job? (added 2026-11-21 by @casey)\n',
    );
    const uri = vscode.Uri.file(questions);
    const found = await waitForDiagnostics(uri, (d) => d.some(isQuestionCheck));
    const marked = found.filter(isQuestionCheck);
    assert.strictEqual(marked.length, 1, JSON.stringify(marked.map((d) => d.message)));
    assert.strictEqual(marked[0].code, 'closed-question');
    assert.strictEqual(marked[0].severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(marked[0].range.start.line, 1);

    const session = path.join(recordsDir(slug), 'sessions', '2026-11-23.md');
    fs.writeFileSync(
      session,
      '---\ndate: 2026-11-23\n---\n# Session\n\n## Agenda\n- The tests are too slow, right?\n\n## Notes\n- Did we decide? Yes.\n',
    );
    const inSession = await waitForDiagnostics(vscode.Uri.file(session), (d) =>
      d.some(isQuestionCheck),
    );
    const leading = inSession.filter(isQuestionCheck);
    assert.deepStrictEqual(
      leading.map((d) => [d.code, d.range.start.line]),
      [['leading-question', 6]],
    );
  });

  it('applies a quick fix: only the question changes, to an open one, and the mark goes away', async () => {
    const questions = path.join(recordsDir(slug), 'questions.md');
    const before =
      '# Questions for next time\n- [ ] Did the migration go well? (added 2026-11-20 by @sam)\n';
    fs.writeFileSync(questions, before);
    const uri = vscode.Uri.file(questions);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = (await waitForDiagnostics(uri, (d) => d.some(isQuestionCheck))).filter(
      isQuestionCheck,
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = actions.filter((a) => a.title.startsWith('Ask instead'));
    assert.ok(fixes.length >= 2 && fixes.length <= 3, actions.map((a) => a.title).join('\n'));
    assert.ok(fixes[0].isPreferred);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    const after = document.getText();
    const rewritten = after.split('\n')[1];
    assert.match(rewritten, /^- \[ \] (How|What)\b.*\? \(added 2026-11-20 by @sam\)$/);
    assert.strictEqual(after.split('\n')[0], before.split('\n')[0]);
    await waitForDiagnostics(uri, (d) => !d.some(isQuestionCheck));
  });

  it('checks no questions when mentoring.questionChecker.enabled is off', async () => {
    const questions = path.join(recordsDir(slug), 'questions.md');
    fs.writeFileSync(questions, '# Questions for next time\n- [ ] Is it done?\n');
    const uri = vscode.Uri.file(questions);
    await waitForDiagnostics(uri, (d) => d.some(isQuestionCheck));
    const config = vscode.workspace.getConfiguration('mentoring', uri);
    await config.update('questionChecker.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (d) => !d.some(isQuestionCheck));
    } finally {
      await config.update(
        'questionChecker.enabled',
        undefined,
        vscode.ConfigurationTarget.Workspace,
      );
    }
    await waitForDiagnostics(uri, (d) => d.some(isQuestionCheck));
  });
});
