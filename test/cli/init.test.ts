import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../src/core/records/plan';
import { ensureCliBuilt, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

describe('cli: init', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('creates plan.md, questions.md, sessions/ and the records .gitignore, and prints the plan path', () => {
    const r = runCli(
      [
        'init',
        '--mentee',
        'José Núñez',
        '--mentor',
        'Sam Chen',
        '--mentor',
        'Kim: Lee',
        '--identity',
        'jose@example.com',
        '--cadence',
        'weekly',
        '--kind',
        'peer',
        '--started',
        '2026-09-01',
      ],
      dir,
    );
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'mentoring/jose-nunez/plan.md\n');
    const rel = path.join(dir, 'mentoring', 'jose-nunez');
    assert.ok(fs.statSync(path.join(rel, 'sessions')).isDirectory());
    assert.equal(
      fs.readFileSync(path.join(rel, 'questions.md'), 'utf8'),
      '# Questions for next time\n',
    );
    assert.ok(
      fs
        .readFileSync(path.join(dir, 'mentoring', '.gitignore'), 'utf8')
        .split('\n')
        .includes('*/private/'),
    );
    const parsed = parsePlan('plan.md', fs.readFileSync(path.join(rel, 'plan.md'), 'utf8'));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      { ...parsed.plan, goals: undefined, file: undefined },
      {
        file: undefined,
        mentee: 'José Núñez',
        mentors: ['Sam Chen', 'Kim: Lee'],
        kind: 'peer',
        started: '2026-09-01',
        review: undefined,
        cadence: 'weekly',
        channel: undefined,
        identities: ['jose@example.com'],
        handles: {},
        repositories: [],
        goals: undefined,
      },
    );
  });

  it('refuses an existing relationship with exit 2 and one line on stderr, changing nothing', () => {
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
    const plan = path.join(dir, 'mentoring', 'alex', 'plan.md');
    const before = fs.readFileSync(plan);
    const r = runCli(['init', '--mentee', 'ALEX', '--mentor', 'Kim'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(linesOf(r.stderr).length, 1);
    assert.match(r.stderr, /^mentoring-journal init: mentoring\/alex already exists/);
    assert.ok(fs.readFileSync(plan).equals(before));
  });

  it('defaults the start date to today, the cadence to biweekly and the kind to one-to-one', () => {
    assert.equal(runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam'], dir).status, 0);
    const plan = parsePlan(
      'p',
      fs.readFileSync(path.join(dir, 'mentoring', 'alex', 'plan.md'), 'utf8'),
    ).plan;
    assert.match(plan?.started ?? '', /^\d{4}-\d\d-\d\d$/);
    assert.equal(plan?.cadence, 'biweekly');
    assert.equal(plan?.kind, 'one-to-one');
  });

  for (const [what, args] of [
    ['no --mentee', ['--mentor', 'Sam']],
    ['no --mentor', ['--mentee', 'Alex']],
    ['a name with no letters', ['--mentee', '!!!', '--mentor', 'Sam']],
    ['a reserved name', ['--mentee', 'Templates', '--mentor', 'Sam']],
    [
      'an impossible start date',
      ['--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-02-30'],
    ],
    ['an unknown kind', ['--mentee', 'Alex', '--mentor', 'Sam', '--kind', 'buddies']],
    ['an unknown cadence', ['--mentee', 'Alex', '--mentor', 'Sam', '--cadence', 'sometimes']],
    ['a stray argument', ['--mentee', 'Alex', '--mentor', 'Sam', 'extra']],
    ['--mentee given twice', ['--mentee', 'Alex', '--mentee', 'Bo', '--mentor', 'Sam']],
    ['--mentee without its value', ['--mentor', 'Sam', '--mentee']],
  ] as const) {
    it(`refuses ${what} with exit 2, one line on stderr and no files`, () => {
      const r = runCli(['init', ...args], dir);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      assert.match(r.stderr, /^mentoring-journal init: /);
      assert.equal(fs.existsSync(path.join(dir, 'mentoring', 'alex')), false);
    });
  }

  it('refuses a name in another script or a Windows device name with exit 2, one line saying what to type, writing nothing', () => {
    for (const [name, hint] of [
      ['张伟', /Type the name in Latin letters.*"Zhang Wei" for 张伟/],
      ['Иван Petrov', /the letters И в а н have no ASCII form/],
      ['Con', /"con" is a device name on Windows.*Add a family name or an initial/],
    ] as const) {
      const r = runCli(['init', '--mentee', name, '--mentor', 'Sam Chen'], dir);
      assert.equal(r.status, 2, name);
      assert.equal(r.stdout, '');
      assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`^mentoring-journal init: Cannot make a folder name from "${name}"`),
      );
      assert.match(r.stderr, hint);
      assert.equal(fs.existsSync(path.join(dir, 'mentoring')), false, name);
    }
  });

  it('keeps a name like "../../etc" inside the records root', () => {
    const r = runCli(
      ['init', '--mentee', '../../etc', '--mentor', 'Sam', '--started', '2026-09-01'],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'mentoring/etc/plan.md\n');
    assert.deepEqual(fs.readdirSync(dir), ['mentoring']);
  });

  it('finds the repository top from a subfolder given with --dir, and prints paths relative to it', () => {
    makeRepo(dir);
    fs.mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
    const r = runCli(
      [
        'init',
        '--dir',
        'src/deep',
        '--mentee',
        'Alex',
        '--mentor',
        'Sam',
        '--started',
        '2026-09-01',
      ],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '../../mentoring/alex/plan.md\n');
    assert.ok(fs.existsSync(path.join(dir, 'mentoring', 'alex', 'plan.md')));
  });

  it('uses the records folder named by --root, and refuses one that leaves the repository', () => {
    const r = runCli(
      [
        'init',
        '--root',
        'team/records',
        '--mentee',
        'Alex',
        '--mentor',
        'Sam',
        '--started',
        '2026-09-01',
      ],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'team/records/alex/plan.md\n');
    for (const root of ['../outside', '/abs', '']) {
      const bad = runCli(['init', '--root', root, '--mentee', 'Bo', '--mentor', 'Sam'], dir);
      assert.equal(bad.status, 2, root);
      assert.equal(linesOf(bad.stderr).length, 1);
    }
    assert.equal(fs.existsSync(path.join(dir, '..', 'outside')), false);
  });

  it('adds the private rule to an existing records .gitignore and keeps its other lines', () => {
    fs.mkdirSync(path.join(dir, 'mentoring'));
    fs.writeFileSync(path.join(dir, 'mentoring', '.gitignore'), '*.tmp');
    assert.equal(runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam'], dir).status, 0);
    assert.equal(
      fs.readFileSync(path.join(dir, 'mentoring', '.gitignore'), 'utf8'),
      '*.tmp\n*/private/\n',
    );
  });
});
