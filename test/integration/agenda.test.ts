// Agenda prep, action items and their CodeLenses, through the commands as the palette runs them
// (with the argument object that skips the prompts). Each case builds its own relationship with
// sessions on fixed past dates (2026-10-01, -15, -29), so no case depends on another's edits.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  byteDiff,
  closeAllEditorsWithoutSaving,
  dateString,
  frontMatter,
  HISTORY_ITEMS,
  HISTORY_QUESTIONS,
  lineOf,
  readText,
  recordsDir,
  sectionBody,
  setUpRelationshipWithHistory,
  writeSession,
  type RelationshipWithHistory,
} from './helpers';

const AGENDA_DATE = '2026-11-12';

/** The `[2026-10-01:12](2026-10-01.md#L12)` link a carried line ends with. */
function homeLink(homeFile: string, line: number): string {
  const name = path.basename(homeFile);
  return `[${name.replace(/\.md$/, '')}:${line}](${name}#L${line})`;
}

/** The line of `markdown` that mentions `text`; fails when there is none. */
function lineMentioning(markdown: string, text: string): string {
  const line = markdown.split(/\r?\n/).find((l) => l.includes(text));
  assert.ok(line, `no line mentions "${text}" in:\n${markdown}`);
  return line;
}

async function prepareAgenda(args: {
  slug: string;
  date: string;
  mode: 'insert' | 'copy';
}): Promise<string> {
  const result = await vscode.commands.executeCommand<string | undefined>(
    'mentoring.prepareAgenda',
    args,
  );
  assert.strictEqual(typeof result, 'string', `prepareAgenda refused: ${String(result)}`);
  return result!;
}

describe('Preparing an agenda', () => {
  before(activateExtension);
  afterEach(closeAllEditorsWithoutSaving);

  it('inserts into a new session log for the date: open items carried with home link and count, the queued question, no done or dropped items', async () => {
    const rel = await setUpRelationshipWithHistory('Morgan Diaz');
    const file = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'insert' });

    assert.strictEqual(
      path.resolve(file),
      path.join(recordsDir(rel.slug), 'sessions', `${AGENDA_DATE}.md`),
    );
    const text = readText(file);
    assert.strictEqual(dateString(frontMatter(text).date), AGENDA_DATE);
    const agenda = sectionBody(text, 'Agenda');

    const overdue = lineMentioning(agenda, HISTORY_ITEMS.openOverdue);
    assert.match(overdue, /^- /, 'a carried item is a plain bullet, not a task box');
    assert.doesNotMatch(overdue, /^- \[[ x]\]/);
    assert.ok(
      overdue.endsWith(
        homeLink(
          rel.sessions['2026-10-01'],
          lineOf(rel.sessions['2026-10-01'], HISTORY_ITEMS.openOverdue),
        ),
      ),
      `no home link at the end of: ${overdue}`,
    );
    assert.match(overdue, /carried 2 times/, 'two sessions were held after its home session');
    assert.match(overdue, /overdue/);

    const open = lineMentioning(agenda, HISTORY_ITEMS.open);
    assert.match(open, /carried 1 time\b/);
    assert.doesNotMatch(open, /overdue/, 'an item without a due date is never overdue');
    assert.ok(
      open.endsWith(
        homeLink(
          rel.sessions['2026-10-15'],
          lineOf(rel.sessions['2026-10-15'], HISTORY_ITEMS.open),
        ),
      ),
      open,
    );
    const recent = lineMentioning(agenda, HISTORY_ITEMS.openRecent);
    assert.match(recent, /from last session/);
    assert.doesNotMatch(recent, /overdue/, 'due 2026-12-01 is after the agenda date');
    assert.ok(
      agenda.indexOf(HISTORY_ITEMS.openOverdue) < agenda.indexOf(HISTORY_ITEMS.openRecent),
      'overdue items come first',
    );

    assert.match(agenda, /^### Questions$/m);
    assert.match(lineMentioning(agenda, HISTORY_QUESTIONS.queued), /^- /);
    for (const gone of [
      HISTORY_ITEMS.done,
      HISTORY_ITEMS.dropped,
      HISTORY_ITEMS.doneLater,
      HISTORY_QUESTIONS.discussed,
    ])
      assert.ok(!agenda.includes(gone), `"${gone}" should not be on the agenda:\n${agenda}`);
    assert.match(lineMentioning(agenda, 'Last session'), /2026-10-29/);
    assert.ok(
      !sectionBody(text, 'Action items').includes('@'),
      'carried items are not copied into the new session as action items',
    );
  });

  it('inserts into the Agenda section of an existing session log of the date, changing nothing else', async () => {
    const rel = await setUpRelationshipWithHistory('Nadia Haddad');
    const existing = writeSession(rel.slug, AGENDA_DATE, ['- [ ] @nadia Already agreed today']);
    const before = readText(existing);

    const file = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'insert' });

    assert.strictEqual(path.resolve(file), existing);
    const after = readText(existing);
    const head = before.slice(0, before.indexOf('## Agenda\n') + '## Agenda\n'.length);
    const tail = before.slice(before.indexOf('## Notes'));
    assert.ok(after.startsWith(head), `the text before the agenda changed:\n${after}`);
    assert.ok(after.endsWith(tail), `the text after the agenda changed:\n${after}`);
    const inserted = after.slice(head.length, after.length - tail.length);
    assert.ok(inserted.includes(HISTORY_ITEMS.openOverdue), inserted);
    assert.ok(inserted.includes(HISTORY_QUESTIONS.queued), inserted);
    assert.ok(
      !inserted.includes('Already agreed today'),
      "the day's own items are not carried into its agenda",
    );
    assert.strictEqual(
      fs.readdirSync(path.dirname(existing)).filter((n) => n.startsWith(AGENDA_DATE)).length,
      1,
      'no second session log for the day',
    );
  });

  it('marks an item carried 3 times (the default mentoring.agenda.maxCarries) to decide on, and not one carried twice', async () => {
    const rel = await setUpRelationshipWithHistory('Omar Farouk');
    writeSession(rel.slug, '2026-11-12', []);
    const markdown = await prepareAgenda({ slug: rel.slug, date: '2026-11-26', mode: 'copy' });

    const thrice = lineMentioning(markdown, HISTORY_ITEMS.openOverdue);
    assert.match(thrice, /carried 3 times/);
    assert.match(thrice, /decide/);
    const twice = lineMentioning(markdown, HISTORY_ITEMS.open);
    assert.match(twice, /carried 2 times/);
    assert.doesNotMatch(twice, /decide/);
    assert.ok(
      markdown.indexOf(HISTORY_ITEMS.openOverdue) < markdown.indexOf(HISTORY_ITEMS.open),
      'items to decide on come first',
    );
  });

  it('marks an item to decide on sooner when mentoring.agenda.maxCarries is lowered', async () => {
    const rel = await setUpRelationshipWithHistory('Pia Lindqvist');
    const config = vscode.workspace.getConfiguration('mentoring');
    await config.update('agenda.maxCarries', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const markdown = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'copy' });
      assert.match(lineMentioning(markdown, HISTORY_ITEMS.openOverdue), /decide/);
      assert.match(lineMentioning(markdown, HISTORY_ITEMS.open), /decide/, 'carried once, max 1');
      assert.doesNotMatch(lineMentioning(markdown, HISTORY_ITEMS.openRecent), /decide/);
    } finally {
      await config.update('agenda.maxCarries', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('copies the agenda as markdown: returns what an insert puts in the Agenda section, writes no file', async () => {
    const rel = await setUpRelationshipWithHistory('Quinn Okafor');
    const sessions = path.dirname(rel.sessions['2026-10-01']);
    const markdown = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'copy' });

    assert.ok(!fs.existsSync(path.join(sessions, `${AGENDA_DATE}.md`)), 'copy wrote a session log');
    assert.ok(markdown.includes(HISTORY_ITEMS.openOverdue), markdown);
    assert.ok(markdown.includes(HISTORY_QUESTIONS.queued), markdown);
    assert.ok(!markdown.includes(HISTORY_ITEMS.done), markdown);

    // The clipboard of code-server is the browser's; reading it back from the extension host
    // needs the page's clipboard-read permission, which headless Chromium neither grants nor
    // refuses (the read never settles). So the read gets a deadline: when it answers, the
    // clipboard holds the heading and the markdown; when it does not, the return value above is
    // what this test checks.
    const clipboard = await Promise.race([
      Promise.resolve(vscode.env.clipboard.readText()).then(
        (t) => t,
        () => undefined,
      ),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3_000)),
    ]);
    if (clipboard)
      assert.strictEqual(
        clipboard,
        `# Agenda for ${AGENDA_DATE} (Quinn Okafor and Sam Chen)\n\n${markdown}\n`,
      );

    const file = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'insert' });
    // The insert ends with the comment that remembers what was generated; the copy has none.
    const inserted = sectionBody(readText(file), 'Agenda')
      .split('\n')
      .filter((l) => !/^<!-- agenda: [0-9a-f ]*-->$/.test(l))
      .join('\n');
    assert.strictEqual(inserted.trim(), markdown.trim());
    assert.doesNotMatch(markdown, /<!--/);
  });

  it('refuses a relationship that does not exist, creating nothing', async () => {
    const result = await vscode.commands.executeCommand('mentoring.prepareAgenda', {
      slug: 'nobody-here',
      date: AGENDA_DATE,
      mode: 'insert',
    });
    assert.strictEqual(result, undefined);
    assert.ok(!fs.existsSync(recordsDir('nobody-here')));
  });
});

describe('Action items: add, toggle, drop', () => {
  before(activateExtension);
  afterEach(closeAllEditorsWithoutSaving);

  it('appends "- [ ] @owner text (due D) #G" to the Action items of the most recent session when none is open or today', async () => {
    const rel = await setUpRelationshipWithHistory('Rosa Martins');
    const target = rel.sessions['2026-10-29'];
    const before = readText(target);
    const result = await vscode.commands.executeCommand<string>('mentoring.addActionItem', {
      slug: rel.slug,
      text: 'Write up the rollback plan',
      owner: 'rosa',
      due: '2026-11-20',
      goal: 'G1',
    });
    assert.strictEqual(path.resolve(result), target);
    const line = '- [ ] @rosa Write up the rollback plan (due 2026-11-20) #G1';
    const after = readText(target);
    const items = sectionBody(after, 'Action items').split('\n');
    assert.deepStrictEqual(
      items.filter((l) => l.startsWith('- [')),
      [`- [ ] ${HISTORY_ITEMS.openRecent}`, line],
    );
    const lines = after.split('\n');
    lines.splice(lines.indexOf(line), 1);
    assert.strictEqual(lines.join('\n'), before, 'only the new line was added');
  });

  it('adds to the session log open in the active editor when it belongs to the relationship', async () => {
    const rel = await setUpRelationshipWithHistory('Sven Larsen');
    const open = rel.sessions['2026-10-15'];
    await vscode.window.showTextDocument(vscode.Uri.file(open));
    const result = await vscode.commands.executeCommand<string>('mentoring.addActionItem', {
      text: 'Try the checklist on the next pull request',
      owner: '@sven',
    });
    assert.strictEqual(path.resolve(result), open);
    const doc = vscode.window.activeTextEditor!.document;
    assert.ok(!doc.isDirty, 'a clean document is saved after the edit');
    assert.match(
      sectionBody(readText(open), 'Action items'),
      /^- \[ \] @sven Try the checklist on the next pull request$/m,
    );
    assert.ok(!readText(rel.sessions['2026-10-29']).includes('Try the checklist'));
  });

  it('ticks an item on its home line in a closed file: exactly one byte changes, " " to "x"', async () => {
    const rel = await setUpRelationshipWithHistory('Tariq Aziz');
    const home = rel.sessions['2026-10-01'];
    const line = lineOf(home, HISTORY_ITEMS.openOverdue);
    const before = fs.readFileSync(home);
    const result = await vscode.commands.executeCommand<string>('mentoring.toggleActionItem', {
      file: home,
      line,
    });
    assert.strictEqual(result, `${home}:${line}`);
    const diff = byteDiff(before, fs.readFileSync(home));
    assert.ok(diff.sameLength);
    assert.deepStrictEqual(
      diff.diffs.map((d) => [d.before, d.after]),
      [[' ', 'x']],
    );
    assert.strictEqual(readText(home).split('\n')[line - 1], `- [x] ${HISTORY_ITEMS.openOverdue}`);

    await vscode.commands.executeCommand('mentoring.toggleActionItem', { file: home, line });
    assert.deepStrictEqual(fs.readFileSync(home), before, 'toggling again restores the bytes');
  });

  it('ticks an item in a session log open in the editor through the editor, and saves exactly one changed byte', async () => {
    const rel = await setUpRelationshipWithHistory('Uma Iyer');
    const home = rel.sessions['2026-10-15'];
    const line = lineOf(home, HISTORY_ITEMS.open);
    const before = fs.readFileSync(home);
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(home));
    editor.selection = new vscode.Selection(line - 1, 4, line - 1, 4);
    // No argument: the item under the cursor, as the palette runs it.
    await vscode.commands.executeCommand('mentoring.toggleActionItem');
    assert.strictEqual(editor.document.lineAt(line - 1).text, `- [x] ${HISTORY_ITEMS.open}`);
    assert.ok(!editor.document.isDirty, 'saved');
    const diff = byteDiff(before, fs.readFileSync(home));
    assert.ok(diff.sameLength);
    assert.deepStrictEqual(
      diff.diffs.map((d) => [d.before, d.after]),
      [[' ', 'x']],
    );
  });

  it('ticks a carried line of an agenda at its home line; the agenda file stays byte for byte the same', async () => {
    const rel = await setUpRelationshipWithHistory('Vera Novak');
    const agendaFile = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'insert' });
    const home = rel.sessions['2026-10-01'];
    const homeLine = lineOf(home, HISTORY_ITEMS.openOverdue);
    const carriedLine = lineOf(agendaFile, homeLink(home, homeLine));
    const agendaBefore = fs.readFileSync(agendaFile);
    const homeBefore = fs.readFileSync(home);

    const result = await vscode.commands.executeCommand<string>('mentoring.toggleActionItem', {
      file: vscode.Uri.file(agendaFile).toString(),
      line: carriedLine,
    });

    assert.strictEqual(result, `${home}:${homeLine}`);
    assert.deepStrictEqual(fs.readFileSync(agendaFile), agendaBefore, 'the agenda changed');
    const diff = byteDiff(homeBefore, fs.readFileSync(home));
    assert.ok(diff.sameLength);
    assert.deepStrictEqual(
      diff.diffs.map((d) => [d.before, d.after]),
      [[' ', 'x']],
    );
    assert.strictEqual(
      readText(home).split('\n')[homeLine - 1],
      `- [x] ${HISTORY_ITEMS.openOverdue}`,
    );
  });

  it('refuses a line that is not an action item, changing nothing', async () => {
    const rel = await setUpRelationshipWithHistory('Wen Zhao');
    const home = rel.sessions['2026-10-01'];
    const before = fs.readFileSync(home);
    const notAnItem = lineOf(home, 'Talked it through.');
    for (const command of ['mentoring.toggleActionItem', 'mentoring.dropActionItem'])
      assert.strictEqual(
        await vscode.commands.executeCommand(command, { file: home, line: notAnItem }),
        undefined,
        command,
      );
    assert.deepStrictEqual(fs.readFileSync(home), before);
  });

  it('drops an item by wrapping its text in ~~ at home; the next agenda no longer carries it', async () => {
    const rel = await setUpRelationshipWithHistory('Xavier Dupont');
    const home = rel.sessions['2026-10-15'];
    const line = lineOf(home, HISTORY_ITEMS.open);
    const before = readText(home);
    await vscode.commands.executeCommand('mentoring.dropActionItem', { file: home, line });

    const after = readText(home);
    assert.strictEqual(after.split('\n')[line - 1], `- [ ] ~~${HISTORY_ITEMS.open}~~`);
    assert.strictEqual(
      after,
      before.replace(`- [ ] ${HISTORY_ITEMS.open}`, `- [ ] ~~${HISTORY_ITEMS.open}~~`),
      'only the tildes were added',
    );
    const markdown = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'copy' });
    assert.ok(!markdown.includes('Share the incident review template'), markdown);
    assert.ok(markdown.includes(HISTORY_ITEMS.openOverdue), 'the other items are still carried');
  });
});

describe('Action item CodeLenses in session logs', () => {
  let rel: RelationshipWithHistory;
  let agendaFile: string;

  before(async () => {
    await activateExtension();
  });
  beforeEach(async () => {
    rel = await setUpRelationshipWithHistory(`Yara Lens ${Date.now()}`);
    agendaFile = await prepareAgenda({ slug: rel.slug, date: AGENDA_DATE, mode: 'insert' });
    await closeAllEditorsWithoutSaving();
  });
  afterEach(closeAllEditorsWithoutSaving);

  async function lenses(file: string): Promise<{ line: number; lens: vscode.CodeLens }[]> {
    // The provider runs on the workbench's model of the document: it must be open (not shown).
    await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const all = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      vscode.Uri.file(file),
    );
    return all
      .filter((l) => l.command?.command.startsWith('mentoring.'))
      .map((lens) => ({ line: lens.range.start.line + 1, lens }));
  }
  const titles = (ls: { line: number; lens: vscode.CodeLens }[], line: number) =>
    ls
      .filter((l) => l.line === line)
      .map((l) => l.lens.command!.title.replace(/^\$\([\w-]+\) /, ''));

  it('offers Tick and Drop on open items, Untick and Drop on done ones, nothing on dropped ones', async () => {
    const home = rel.sessions['2026-10-01'];
    const ls = await lenses(home);
    assert.deepStrictEqual(titles(ls, lineOf(home, HISTORY_ITEMS.openOverdue)), ['Tick', 'Drop']);
    assert.deepStrictEqual(titles(ls, lineOf(home, HISTORY_ITEMS.done)), ['Untick', 'Drop']);
    assert.deepStrictEqual(titles(ls, lineOf(home, HISTORY_ITEMS.dropped)), []);
    assert.strictEqual(ls.length, 4, 'lenses only on action items');
  });

  it('offers "Tick at home (<date>:<line>)" on every carried line of the agenda', async () => {
    const ls = await lenses(agendaFile);
    const expected = [
      [rel.sessions['2026-10-01'], HISTORY_ITEMS.openOverdue],
      [rel.sessions['2026-10-15'], HISTORY_ITEMS.open],
      [rel.sessions['2026-10-29'], HISTORY_ITEMS.openRecent],
    ].map(([file, item]) => {
      const homeLine = lineOf(file, item);
      return {
        line: lineOf(agendaFile, homeLink(file, homeLine)),
        title: `Tick at home (${path.basename(file, '.md')}:${homeLine})`,
      };
    });
    assert.deepStrictEqual(
      ls.map((l) => ({ line: l.line, title: l.lens.command!.title.replace(/^\$\([\w-]+\) /, '') })),
      expected,
    );
  });

  it('"Tick at home" ticks the item in its home session, one byte, and leaves the agenda alone', async () => {
    const home = rel.sessions['2026-10-29'];
    const homeLine = lineOf(home, HISTORY_ITEMS.openRecent);
    const carried = lineOf(agendaFile, homeLink(home, homeLine));
    const lens = (await lenses(agendaFile)).find((l) => l.line === carried)!.lens;
    const agendaBefore = fs.readFileSync(agendaFile);
    const homeBefore = fs.readFileSync(home);

    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));

    assert.deepStrictEqual(fs.readFileSync(agendaFile), agendaBefore);
    const diff = byteDiff(homeBefore, fs.readFileSync(home));
    assert.deepStrictEqual(
      diff.diffs.map((d) => [d.before, d.after]),
      [[' ', 'x']],
    );
    assert.strictEqual(
      readText(home).split('\n')[homeLine - 1],
      `- [x] ${HISTORY_ITEMS.openRecent}`,
    );
  });

  it('once ticked at home, the carried line offers "Done at home: untick", which unticks it there', async () => {
    const home = rel.sessions['2026-10-29'];
    const homeLine = lineOf(home, HISTORY_ITEMS.openRecent);
    const carried = lineOf(agendaFile, homeLink(home, homeLine));
    const lensOn = async () => (await lenses(agendaFile)).find((l) => l.line === carried)!.lens;
    const click = async () => {
      const lens = await lensOn();
      await vscode.commands.executeCommand(
        lens.command!.command,
        ...(lens.command!.arguments ?? []),
      );
    };
    await click();
    assert.strictEqual(
      readText(home).split('\n')[homeLine - 1],
      `- [x] ${HISTORY_ITEMS.openRecent}`,
    );
    assert.match((await lensOn()).command!.title, /Done at home \(.*\): untick$/);
    await click();
    assert.strictEqual(
      readText(home).split('\n')[homeLine - 1],
      `- [ ] ${HISTORY_ITEMS.openRecent}`,
    );
    assert.match((await lensOn()).command!.title, /Tick at home \(/);
  });

  it('the Tick and Drop lenses tick and strike through their own line; Untick then shows', async () => {
    const home = rel.sessions['2026-10-01'];
    const line = lineOf(home, HISTORY_ITEMS.openOverdue);
    const run = async (title: string) => {
      const found = (await lenses(home)).find(
        (l) => l.line === line && l.lens.command!.title.endsWith(title),
      );
      assert.ok(found, `no "${title}" lens on line ${line}`);
      await vscode.commands.executeCommand(
        found.lens.command!.command,
        ...(found.lens.command!.arguments ?? []),
      );
    };
    await run('Tick');
    assert.strictEqual(readText(home).split('\n')[line - 1], `- [x] ${HISTORY_ITEMS.openOverdue}`);
    assert.deepStrictEqual(titles(await lenses(home), line), ['Untick', 'Drop']);
    await run('Drop');
    assert.strictEqual(
      readText(home).split('\n')[line - 1],
      `- [x] ~~${HISTORY_ITEMS.openOverdue}~~`,
    );
    assert.deepStrictEqual(titles(await lenses(home), line), []);
  });
});
