import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toIsoDate } from '../../src/core/dates';
import { parseQuestions } from '../../src/core/records/questions';
import { parseSession } from '../../src/core/records/session';
import { ensureCliBuilt, git, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';
import { fixtureBytes } from '../support/fixtures';

describe('cli: new-session and question', function () {
  this.timeout(30_000);
  let dir: string;
  let rel: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    rel = path.join(dir, 'mentoring', 'alex');
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam Chen', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
  });
  afterEach(() => removeDir(dir));

  describe('new-session', () => {
    it('creates sessions/<date>.md, then -2 and -3 the same day, printing each path', () => {
      const printed = [1, 2, 3].map(() =>
        runCli(['new-session', 'alex', '--date', '2026-11-23'], dir),
      );
      assert.deepEqual(
        printed.map((r) => [r.status, r.stdout, r.stderr]),
        [
          [0, 'mentoring/alex/sessions/2026-11-23.md\n', ''],
          [0, 'mentoring/alex/sessions/2026-11-23-2.md\n', ''],
          [0, 'mentoring/alex/sessions/2026-11-23-3.md\n', ''],
        ],
      );
      for (const name of ['2026-11-23.md', '2026-11-23-2.md', '2026-11-23-3.md']) {
        const parsed = parseSession(
          name,
          fs.readFileSync(path.join(rel, 'sessions', name), 'utf8'),
          name,
        );
        assert.deepEqual(parsed.problems, [], name);
        assert.deepEqual(parsed.session?.attendees, ['Alex', 'Sam Chen']);
        assert.equal(parsed.session?.head, undefined, 'no repository, no head');
      }
    });

    it("writes the repository's HEAD into the session", () => {
      makeRepo(dir);
      const head = git(dir, 'rev-parse', 'HEAD').trim();
      const r = runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
      assert.equal(r.status, 0, r.stderr);
      const parsed = parseSession(
        's',
        fs.readFileSync(path.join(rel, 'sessions', '2026-11-23.md'), 'utf8'),
      );
      assert.equal(parsed.session?.head, head);
    });

    it('uses today without --date', () => {
      const r = runCli(['new-session', 'alex'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^mentoring\/alex\/sessions\/\d{4}-\d\d-\d\d\.md\n$/);
    });

    it('refuses an unknown relationship, naming the known ones, and a bad date', () => {
      const unknown = runCli(['new-session', 'bo'], dir);
      assert.equal(unknown.status, 2);
      assert.deepEqual(linesOf(unknown.stderr), [
        'mentoring-journal new-session: no relationship "bo" in mentoring/ (known: alex)',
      ]);
      // A missing SLUG names the ones there are, so the next try can be right.
      assert.deepEqual(linesOf(runCli(['new-session'], dir).stderr), [
        'mentoring-journal new-session: missing SLUG (the relationship folder name): one of alex',
      ]);
      for (const args of [
        ['alex', '--date', '2026-02-30'],
        ['alex', '--date', '23.11.2026'],
        [],
        ['../alex'],
        ['alex', 'extra'],
      ]) {
        const r = runCli(['new-session', ...args], dir);
        assert.equal(r.status, 2, args.join(' '));
        assert.equal(linesOf(r.stderr).length, 1);
      }
      assert.deepEqual(fs.readdirSync(path.join(rel, 'sessions')), []);
    });
  });

  describe('question', () => {
    it("appends the question with today's date and its author, and prints the file", () => {
      const today = toIsoDate(new Date());
      const r = runCli(['question', 'alex', 'How do you review a migration?', '--by', 'alex'], dir);
      assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'mentoring/alex/questions.md\n', '']);
      assert.equal(runCli(['question', 'alex', '--', '-v or --verbose?'], dir).status, 0);
      assert.equal(
        fs.readFileSync(path.join(rel, 'questions.md'), 'utf8'),
        `# Questions for next time\n\n- [ ] How do you review a migration? (added ${today} by @alex)\n- [ ] -v or --verbose? (added ${today})\n`,
      );
      assert.equal(
        parseQuestions('q', fs.readFileSync(path.join(rel, 'questions.md'), 'utf8')).questions
          .length,
        2,
      );
    });

    it('refuses a file with conflict markers and leaves it byte-identical', () => {
      const file = path.join(rel, 'questions.md');
      fs.writeFileSync(file, fixtureBytes('conflict-markers.md'));
      const r = runCli(['question', 'alex', 'Anything?'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(linesOf(r.stderr).length, 1);
      assert.match(r.stderr, /conflict markers/);
      assert.match(r.stderr, /mentoring\/alex\/questions\.md:7/);
      assert.ok(fs.readFileSync(file).equals(Buffer.from(fixtureBytes('conflict-markers.md'))));
    });

    it('keeps the byte order mark and CRLF line endings of questions.md', () => {
      const file = path.join(rel, 'questions.md');
      const original = Buffer.from(fixtureBytes('crlf-bom-questions.md'));
      fs.writeFileSync(file, original);
      const r = runCli(['question', 'alex', 'Second?', '--by', 'sam'], dir);
      assert.equal(r.status, 0, r.stderr);
      const after = fs.readFileSync(file);
      assert.ok(
        after.subarray(0, original.length).equals(original),
        'the original bytes are untouched',
      );
      assert.equal(
        after.subarray(original.length).toString('utf8'),
        `- [ ] Second? (added ${toIsoDate(new Date())} by @sam)\r\n`,
      );
    });

    it('refuses a file that is not UTF-8 and leaves it as it was', () => {
      const file = path.join(rel, 'questions.md');
      fs.writeFileSync(file, fixtureBytes('not-utf8.md'));
      const r = runCli(['question', 'alex', 'x'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /not valid UTF-8/);
      assert.ok(fs.readFileSync(file).equals(Buffer.from(fixtureBytes('not-utf8.md'))));
    });

    it('refuses a missing question, a multi-word author and an unknown relationship', () => {
      for (const args of [
        ['alex'],
        ['alex', '   '],
        ['alex', 'x', '--by', 'two words'],
        ['bo', 'x'],
        [],
      ]) {
        const r = runCli(['question', ...args], dir);
        assert.equal(r.status, 2, args.join(' '));
        assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      }
      assert.equal(
        fs.readFileSync(path.join(rel, 'questions.md'), 'utf8'),
        '# Questions for next time\n',
      );
    });
  });

  describe('links out of the records root', () => {
    let outside: string;
    beforeEach(() => {
      outside = tempDir('mj-outside-');
      fs.writeFileSync(path.join(outside, 'plan.md'), fs.readFileSync(path.join(rel, 'plan.md')));
      fs.writeFileSync(path.join(outside, 'questions.md'), '# Outside\n');
      fs.mkdirSync(path.join(outside, 'sessions'));
    });
    afterEach(() => removeDir(outside));

    const outsideUnchanged = () => {
      assert.deepEqual(fs.readdirSync(outside).sort(), ['plan.md', 'questions.md', 'sessions']);
      assert.equal(fs.readFileSync(path.join(outside, 'questions.md'), 'utf8'), '# Outside\n');
      assert.deepEqual(fs.readdirSync(path.join(outside, 'sessions')), []);
    };

    it('does not write through a relationship folder that links outside', () => {
      fs.symlinkSync(outside, path.join(dir, 'mentoring', 'evil'));
      for (const args of [
        ['question', 'evil', 'x'],
        ['new-session', 'evil', '--date', '2026-11-23'],
        ['init', '--mentee', 'Evil', '--mentor', 'Sam'],
      ]) {
        const r = runCli(args, dir);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
        assert.equal(linesOf(r.stderr).length, 1);
      }
      outsideUnchanged();
    });

    it('does not write through a sessions folder or a questions.md that links outside', () => {
      fs.rmSync(path.join(rel, 'sessions'), { recursive: true });
      fs.symlinkSync(path.join(outside, 'sessions'), path.join(rel, 'sessions'));
      fs.rmSync(path.join(rel, 'questions.md'));
      fs.symlinkSync(path.join(outside, 'questions.md'), path.join(rel, 'questions.md'));
      const session = runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
      assert.equal(session.status, 2, session.stdout);
      assert.match(session.stderr, /outside the records root/);
      const question = runCli(['question', 'alex', 'x'], dir);
      assert.equal(question.status, 2, question.stdout);
      assert.match(question.stderr, /outside the records root/);
      outsideUnchanged();
    });
  });
});
