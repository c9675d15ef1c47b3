import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli as runCliInProcess } from '../../src/cli/runCli';
import type { AnonymousTeamReport } from '../../src/core/reports/anonymousTeamReport';
import type { ProgressReport } from '../../src/core/reports/progressReport';
import type { TeamReport } from '../../src/core/reports/teamReport';
import { isolateProcessEnv, write } from '../git/gitTestEnv';
import { ensureCliBuilt, git, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

const PLAN = `---
mentee: Alex Rivera
mentors: [Sam Chen]
started: 2026-09-01
cadence: biweekly
identities: [alex@example.com]
---
# Mentoring plan: Alex Rivera

## Expectations
Private expectations text.

## Goals

### G1: Review migrations | with confidence
- status: active
- target: 2027-01-31
- measure: Leads three reviews
`;

function session(date: string, items: string[], reflection: string, goals = ''): string {
  return [
    '---',
    `date: ${date}`,
    ...(goals ? [`goals: [${goals}]`] : []),
    '---',
    `# Session ${date}`,
    '',
    '## Notes',
    'Private notes text.',
    '',
    '## Action items',
    ...items,
    '',
    '## Reflection',
    reflection,
    '',
  ].join('\n');
}

/** Writes the records of "alex" and "bea" under `<dir>/mentoring`. */
function writeRecords(dir: string): void {
  write(dir, 'mentoring/alex/plan.md', PLAN);
  write(
    dir,
    'mentoring/alex/questions.md',
    '# Questions\n- [ ] Private question? (added 2026-11-01 by @alex)\n',
  );
  write(
    dir,
    'mentoring/alex/sessions/2026-09-17.md',
    session(
      '2026-09-17',
      ['- [ ] @alex Private open item #G1', '- [x] @sam Private done item'],
      'Felt more confident.',
      'G1',
    ),
  );
  write(
    dir,
    'mentoring/alex/sessions/2026-11-05.md',
    session('2026-11-05', [], 'A second headline.'),
  );
  write(
    dir,
    'mentoring/bea/plan.md',
    PLAN.replace('Alex Rivera', 'Bea').replace('biweekly', 'weekly'),
  );
}

/** A run of the command line in this process, on a fixed "now" (2026-12-05, local time). */
async function run(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCliInProcess(args, {
    cwd,
    now: new Date(2026, 11, 5, 12),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('cli: report', function () {
  this.timeout(60_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-report-');
    restoreEnv = isolateProcessEnv(dir);
    writeRecords(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  describe('progress report', () => {
    it('prints markdown for the last 90 days to today by default, links relative to reports/', async () => {
      const r = await run(dir, 'report', 'alex');
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], '# Progress report: Alex Rivera (2026-09-07 to 2026-12-05)');
      assert.ok(r.stdout.includes('[2026-09-17](../sessions/2026-09-17.md)'), r.stdout);
      assert.ok(
        r.stdout.includes('- [2026-11-05](../sessions/2026-11-05.md#L12): A second headline.'),
      );
      assert.ok(r.stdout.includes('[G1: Review migrations \\| with confidence](../plan.md#L15)'));
      assert.equal(r.stderr, '');
    });

    it('prints the json model for a given period, files relative to --dir', async () => {
      const r = await run(
        dir,
        'report',
        'alex',
        '--since',
        '2026-09-01',
        '--until',
        '2026-09-30',
        '--format',
        'json',
      );
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout) as ProgressReport;
      assert.deepEqual(json.period, { since: '2026-09-01', until: '2026-09-30' });
      assert.equal(json.plan, 'mentoring/alex/plan.md');
      assert.deepEqual(json.cadence.sessions, [
        { file: 'mentoring/alex/sessions/2026-09-17.md', date: '2026-09-17' },
      ]);
      assert.deepEqual(
        json.actions.open.map((a) => [a.text, a.ageDays]),
        [['@alex Private open item #G1', 79]],
      );
      assert.deepEqual(
        json.goals[0].sessions.map((s) => s.date),
        ['2026-09-17'],
      );
      assert.deepEqual(
        json.reflections.map((x) => x.text),
        ['Felt more confident.'],
      );
      assert.deepEqual(json.goals[0].commits, []);
    });

    it('--save writes reports/<until>-progress.md, prints its path, and refuses to overwrite without --force', async () => {
      const r = await run(dir, 'report', 'alex', '--until', '2026-11-30', '--save');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'mentoring/alex/reports/2026-11-30-progress.md');
      const saved = fs.readFileSync(path.join(dir, r.stdout), 'utf8');
      assert.ok(saved.startsWith('# Progress report: Alex Rivera (2026-09-02 to 2026-11-30)\n'));
      assert.ok(saved.includes('(../sessions/2026-09-17.md)'));

      fs.writeFileSync(path.join(dir, r.stdout), 'kept\n');
      const again = await run(dir, 'report', 'alex', '--until', '2026-11-30', '--save');
      assert.equal(again.status, 2);
      assert.match(
        again.stderr,
        /mentoring\/alex\/reports\/2026-11-30-progress\.md already exists \(--force replaces it\)/,
      );
      assert.equal(fs.readFileSync(path.join(dir, r.stdout), 'utf8'), 'kept\n');

      const forced = await run(dir, 'report', 'alex', '--until', '2026-11-30', '--save', '--force');
      assert.equal(forced.status, 0, forced.stderr);
      assert.equal(fs.readFileSync(path.join(dir, r.stdout), 'utf8'), saved);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'mentoring/alex/reports')), [
        '2026-11-30-progress.md',
      ]);
    });

    it('--out writes the report to a file with links relative to it', async () => {
      const r = await run(dir, 'report', 'alex', '--out', 'out/alex.md');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'out/alex.md');
      const text = fs.readFileSync(path.join(dir, 'out/alex.md'), 'utf8');
      assert.ok(text.includes('(../mentoring/alex/sessions/2026-09-17.md)'), text);
    });

    it('exits 2 on a bad date, a period the wrong way round, or options that do not go together', async () => {
      for (const args of [
        ['--since', '2026-02-30'],
        ['--until', '30.11.2026'],
        ['--since', '2026-12-01', '--until', '2026-11-01'],
        ['--save', '--format', 'json'],
        ['--save', '--out', 'x.md'],
        ['--months', '3'],
      ]) {
        const r = await run(dir, 'report', 'alex', ...args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^mentoring-journal report: /, args.join(' '));
        assert.equal(r.stdout, '');
      }
      const bad = await run(dir, 'report', 'alex', '--since', '2026-02-30');
      assert.equal(
        bad.stderr,
        'mentoring-journal report: --since: 2026-02-30 is not a real calendar date',
      );
    });

    it('exits 2 for an unknown relationship and names the known ones', async () => {
      const r = await run(dir, 'report', 'zed');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no relationship "zed".*known: alex, bea/);
    });

    it("gives goals the commits of the mentee's goal work when the records are in a git repository", async () => {
      makeRepo(dir);
      write(dir, 'db/migrate.sql', 'select 1;\n');
      git(dir, 'add', 'db');
      git(
        dir,
        'commit',
        '-q',
        '--author',
        'Alex Rivera <alex@example.com>',
        '-m',
        'Add a migration\n\nMentoring-Goal: G1',
      );
      const sha = git(dir, 'rev-parse', 'HEAD').trim();
      const r = await run(dir, 'report', 'alex', '--until', '2026-11-30', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout) as ProgressReport;
      assert.deepEqual(json.goals[0].commits, [sha]);
      assert.ok(json.topics.some((t) => t.kind === 'goal' && t.surfaced));
    });
  });

  describe('team report', () => {
    it('prints the markdown team report with no note text', async () => {
      const r = await run(dir, 'report', '--team');
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.startsWith('# Team report (2026-12-05)\n'));
      assert.ok(r.stdout.includes('| alex | one-to-one | 1 | biweekly | 2026-09-01 |'), r.stdout);
      assert.ok(r.stdout.includes('| bea | one-to-one | 1 | weekly | 2026-09-01 |'));
      assert.doesNotMatch(r.stdout, /Private|confident|headline|Alex Rivera|Sam Chen/);
    });

    it('prints json with --months, and none of the note text', async () => {
      const r = await run(dir, 'report', '--team', '--format', 'json', '--months', '3');
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout) as TeamReport;
      assert.deepEqual(json.months, ['2026-10', '2026-11', '2026-12']);
      assert.deepEqual(
        json.relationships.map((x) => x.slug),
        ['alex', 'bea'],
      );
      assert.deepEqual(json.relationships[0].sessionsPerMonth, [0, 1, 0]);
      assert.deepEqual(json.relationships[0].openActions, {
        count: 1,
        overdue: 0,
        oldestDays: 79,
        medianDays: 79,
      });
      assert.equal(json.totals.relationships, 2);
      assert.doesNotMatch(r.stdout, /Private|confident|headline|Alex Rivera|Sam Chen/);
    });

    it('leaves out folders without a plan', async () => {
      write(dir, 'mentoring/stray/notes.md', '# not a relationship\n');
      const json = JSON.parse(
        (await run(dir, 'report', '--team', '--format', 'json')).stdout,
      ) as TeamReport;
      assert.deepEqual(
        json.relationships.map((x) => x.slug),
        ['alex', 'bea'],
      );
    });

    it('--anonymous labels relationships R-<6 hex> in json and markdown, with no slug, name, mentor count or date', async () => {
      const label = (slug: string) =>
        `R-${createHash('sha256').update(`mentoring-journal team report\0${slug}`).digest('hex').slice(0, 6)}`;
      const json = await run(dir, 'report', '--team', '--anonymous', '--format', 'json');
      assert.equal(json.status, 0, json.stderr);
      const model = JSON.parse(json.stdout) as AnonymousTeamReport;
      assert.equal(model.anonymous, true);
      assert.deepEqual(
        model.relationships.map((x) => x.label),
        [label('alex'), label('bea')].sort(),
      );
      const md = await run(dir, 'report', '--team', '--anonymous');
      assert.equal(md.status, 0, md.stderr);
      assert.ok(md.stdout.startsWith('# Team report, anonymous (2026-12-05)\n'), md.stdout);
      assert.ok(md.stdout.includes(`| ${label('alex')} | one-to-one | biweekly |`), md.stdout);
      for (const out of [json.stdout, md.stdout]) {
        assert.doesNotMatch(
          out,
          /alex|bea|Alex Rivera|Sam Chen|mentors|2026-09-01|2026-10-|2026-11-\d\d|sessions\//i,
        );
        assert.doesNotMatch(out, /Private|confident|headline/);
      }
      // Stable: the same labels from a second run.
      const again = JSON.parse(
        (await run(dir, 'report', '--team', '--anonymous', '--format', 'json')).stdout,
      ) as AnonymousTeamReport;
      assert.deepEqual(
        again.relationships.map((x) => x.label),
        model.relationships.map((x) => x.label),
      );
    });

    it('refuses --anonymous without --team', async () => {
      const r = await run(dir, 'report', 'alex', '--anonymous');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--anonymous goes with --team/);
    });

    it('exits 2 for a SLUG, a period, --save or a bad --months with --team', async () => {
      for (const args of [
        ['alex'],
        ['--since', '2026-01-01'],
        ['--save'],
        ['--months', '0'],
        ['--months', 'x'],
      ]) {
        const r = await run(dir, 'report', '--team', ...args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^mentoring-journal report: /);
      }
    });
  });

  describe('the built command line', () => {
    before(() => ensureCliBuilt());

    it('lists report in --help and exits 2 on a bad date', () => {
      assert.match(runCli(['--help'], dir).stdout, /^ {2}report {11}write a progress report/m);
      const r = runCli(['report', 'alex', '--until', '2026-13-01'], dir);
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr,
        'mentoring-journal report: --until: 2026-13-01 is not a real calendar date\n',
      );
    });
  });
});
