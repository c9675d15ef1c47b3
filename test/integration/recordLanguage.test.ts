// The language of the records in the real editor: #G1 and @handle in session logs, plans and
// question lists, through VS Code's own provider commands, and the records cache behind them
// (unsaved text wins over the disk; a file written outside the editor is picked up).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  eventually,
  recordsDir,
  waitForDiagnostics,
} from './helpers';

const PLAN = [
  '---',
  'mentee: Lena Ortiz',
  'mentors: [Sam Chen]',
  'started: 2026-09-01',
  'handles:',
  '  lo: Lena Ortiz',
  '---',
  '# Mentoring plan: Lena Ortiz',
  '',
  '## Goals',
  '',
  '### G1: Review database migrations',
  '- status: active',
  '- target: 2027-01-31',
  '',
  '### G2: Lead a design review',
  '- status: paused',
  '',
].join('\n');

const SESSION_1 = [
  '---',
  'date: 2026-11-02',
  'goals: [G1]',
  '---',
  '# Session 2026-11-02',
  '',
  '## Action items',
  '- [ ] @lo Draft the checklist (due 2026-11-30) #G1',
  '',
].join('\n');

const SESSION_2 = [
  '---',
  'date: 2026-11-16',
  '---',
  '# Session 2026-11-16',
  '',
  '## Notes',
  'Talked about #G1 and `#G2 in code`; mail sam@example.com.',
  '',
  '## Action items',
  '- [ ] @sam Ask @dba-oncall about #G9',
  '',
].join('\n');

/** A hover's markdown as text: MarkdownString.appendText writes blanks as &nbsp;. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ');
}

describe('#G1 and @handle in the records', () => {
  const slug = 'lena-ortiz';
  const file = (rel: string) => path.join(recordsDir(slug), rel);
  const uri = (rel: string) => vscode.Uri.file(file(rel));
  const open = async (rel: string) => {
    const doc = await vscode.workspace.openTextDocument(uri(rel));
    await vscode.window.showTextDocument(doc);
    return doc;
  };
  const at = (doc: vscode.TextDocument, needle: string, offset = 1) =>
    doc.positionAt(doc.getText().indexOf(needle) + offset);

  before(async () => {
    await activateExtension();
    fs.mkdirSync(file('sessions'), { recursive: true });
    fs.writeFileSync(file('plan.md'), PLAN);
    fs.writeFileSync(file('sessions/2026-11-02.md'), SESSION_1);
    fs.writeFileSync(file('sessions/2026-11-16.md'), SESSION_2);
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('completes known goals with title and status after #, and people after @', async () => {
    const doc = await open('sessions/2026-11-16.md');
    const goals = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      at(doc, '#G9'),
      '#',
    );
    const mine = goals.items.filter((i) => String(i.label).startsWith('#G'));
    assert.deepStrictEqual(
      mine.map((i) => `${String(i.label)} ${i.detail}`).sort(),
      ['#G1 Review database migrations (active)', '#G2 Lead a design review (paused)'],
    );
    const people = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      at(doc, '@sam'),
      '@',
    );
    const handles = people.items.filter((i) => String(i.label).startsWith('@')).map((i) => `${String(i.label)} ${i.detail}`);
    for (const want of ['@lo Lena Ortiz (mentee)', '@sam Sam Chen (mentor)'])
      assert.ok(handles.includes(want), `${want} missing from ${JSON.stringify(handles)}`);
  });

  it("hovers a goal with its title, status, target and last session, and a person with their role", async () => {
    const doc = await open('sessions/2026-11-02.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      at(doc, '#G1'),
    );
    const text = hoverText(hovers);
    for (const part of ['G1: Review database migrations', 'active', '2027-01-31', '2026-11-16'])
      assert.ok(text.includes(part), `hover lacks ${part}: ${text}`);
    const person = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      at(doc, '@lo'),
    );
    assert.match(hoverText(person), /Lena Ortiz, mentee/);
  });

  it("goes to the goal's heading in plan.md, and links each #G1 there", async () => {
    const doc = await open('sessions/2026-11-02.md');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      at(doc, '#G1'),
    );
    assert.strictEqual(defs.length, 1);
    const def = defs[0] as vscode.Location;
    assert.strictEqual(def.uri.fsPath, file('plan.md'));
    assert.strictEqual(def.range.start.line, 11);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>(
      'vscode.executeLinkProvider',
      doc.uri,
    );
    const goalLinks = links.filter((l) => l.target?.fsPath === file('plan.md'));
    // The G1 of the front matter's goals: list and the #G1 of the action item.
    assert.deepStrictEqual(
      goalLinks.map((l) => `${l.range.start.line + 1}:${doc.getText(l.range)}:${l.target?.fragment}`),
      ['3:G1:L12', '8:#G1:L12'],
    );
  });

  it('finds every session and plan line that mentions a goal, never one in code', async () => {
    const doc = await open('sessions/2026-11-16.md');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      at(doc, '#G1'),
    );
    const where = refs.map((r) => `${path.relative(recordsDir(slug), r.uri.fsPath)}:${r.range.start.line + 1}`).sort();
    assert.deepStrictEqual(where, [
      'plan.md:12',
      'sessions/2026-11-02.md:3',
      'sessions/2026-11-02.md:8',
      'sessions/2026-11-16.md:7',
    ]);
    const inCode = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      at(doc, '#G2 in code'),
    );
    assert.deepStrictEqual(inCode, []);
  });

  it('warns about an unknown goal with quick fixes, and only hints at an unknown owner', async () => {
    const doc = await open('sessions/2026-11-16.md');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.code === 'unknown-goal'));
    const goal = diags.find((d) => d.code === 'unknown-goal')!;
    assert.strictEqual(goal.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(doc.getText(goal.range), '#G9');
    const owner = diags.find((d) => d.code === 'unknown-handle');
    assert.ok(owner, 'the unknown owner is hinted');
    assert.strictEqual(owner.severity, vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(doc.getText(owner.range), '@dba-oncall');
    assert.ok(!diags.some((d) => doc.getText(d.range).includes('sam')), 'a person of the plan and an email are fine');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      goal.range,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to #G2 Lead a design review'), JSON.stringify(titles));
    assert.ok(titles.includes('Add goal G9 to the plan'), JSON.stringify(titles));
    const change = actions.find((a) => a.title === 'Change to #G2 Lead a design review')!;
    assert.ok(await vscode.workspace.applyEdit(change.edit!));
    assert.match(doc.lineAt(goal.range.start.line).text, /about #G2$/);
  });

  it('renames a goal id across every record in one edit that touches only the id', async () => {
    const doc = await open('sessions/2026-11-02.md');
    const clash = await Promise.resolve(
      vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at(doc, '#G1'), 'G2'),
    ).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    assert.match(clash, /already a goal/);
    const malformed = await Promise.resolve(
      vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at(doc, '#G1'), 'Goal 4'),
    ).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    assert.match(malformed, /not a goal id/);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      at(doc, '#G1'),
      'G4',
    );
    const files = edit.entries().map(([u, edits]) => `${path.relative(recordsDir(slug), u.fsPath)}:${edits.length}`).sort();
    assert.deepStrictEqual(files, ['plan.md:1', 'sessions/2026-11-02.md:2', 'sessions/2026-11-16.md:1']);
    for (const [, edits] of edit.entries()) for (const e of edits) assert.strictEqual(e.newText, 'G4');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const plan = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file('plan.md'))!;
    assert.strictEqual(plan.getText(), PLAN.replace('### G1:', '### G4:'));
    assert.strictEqual(doc.getText(), SESSION_1.replace('[G1]', '[G4]').replace('#G1', '#G4'));
    // Renaming back restores every byte.
    const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      at(doc, '#G4'),
      'G1',
    );
    assert.ok(await vscode.workspace.applyEdit(back));
    assert.strictEqual(plan.getText(), PLAN);
    assert.strictEqual(doc.getText(), SESSION_1);
  });

  it("uses a record's unsaved text over the disk, and a file written outside the editor", async () => {
    const plan = await open('plan.md');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(plan.positionAt(plan.getText().length), '### G7: Mentor an intern\n- status: active\n'));
    const session = await open('sessions/2026-11-02.md');
    const labels = async () =>
      (
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          session.uri,
          at(session, '#G', 1),
          '#',
        )
      ).items.map((i) => String(i.label));
    assert.ok((await labels()).includes('#G7'), 'the unsaved goal is offered');
    fs.writeFileSync(file('sessions/2026-11-30.md'), SESSION_1.replace(/2026-11-02/g, '2026-11-30').replace('#G1', '#G7'));
    await eventually('the new session among the references of G7', async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        plan.uri,
        at(plan, 'G7', 0),
      );
      return refs.some((r) => r.uri.fsPath.endsWith('2026-11-30.md')) ? true : undefined;
    });
  });

  it("renders goal chips with the plan's status, owners and due dates in the markdown preview", async () => {
    fs.writeFileSync(file('sessions/2026-11-23.md'), SESSION_1.replace(/2026-11-02/g, '2026-11-23'));
    const doc = await open('sessions/2026-11-23.md');
    let html = '';
    await eventually(
      'a goal chip with its status in the rendered preview',
      async () => {
        html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
        return /mj-goal mj-status-active/.test(html) ? html : undefined;
      },
      15_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; last render: ${html}`);
    });
    assert.match(html, /<span class="mj-chip mj-handle">@lo<\/span>/);
    assert.match(html, /mj-chip mj-due mj-overdue">due 2026-11-30</);
    assert.match(html, /title="G1: Review database migrations \(active\)">#G1 <span class="mj-status">active/);
  });
});
