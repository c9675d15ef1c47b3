// `mentoring-journal topics` end to end: real temporary repositories with fixed authors and dates,
// records written on disk, the built CLI run in a child process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';
import { ALEX, BO, HistoryRepo, runGitIn } from '../git/historyRepos';

interface TopicsJson {
  range: { since: string | null; until: string | null };
  commits: number;
  partial: boolean;
  topics: {
    id: string;
    kind: string;
    title: string;
    score: number;
    evidence: { commits: string[]; files: string[] };
    question: string;
    expert?: { name: string; email: string; commits: number };
    docs?: string[];
    facets?: { kind: string; text: string }[];
  }[];
  more: { title: string; evidence: { commits: string[] } }[];
}

/** A file of `n` lines, for a change of a known size. */
function lines(n: number, tag: string): string {
  return Array.from({ length: n }, (_, i) => `export const ${tag}${i} = ${i};`).join('\n') + '\n';
}

function plan(identities: string[], goalAreas = 'db/migrations'): string {
  return [
    '---',
    'mentee: Alex Rivera',
    'mentors: [Sam Chen]',
    'started: 2026-01-01',
    ...(identities.length ? ['identities:', ...identities.map((i) => `  - ${i}`)] : []),
    '---',
    '# Mentoring plan: Alex Rivera',
    '',
    '## Goals',
    '',
    '### G1: Review database migrations with confidence',
    '- status: active',
    `- areas: ${goalAreas}`,
    '',
  ].join('\n');
}

function session(date: string, head?: string): string {
  return [
    '---',
    `date: ${date}`,
    ...(head ? [`head: ${head}`] : []),
    '---',
    `# Session ${date}`,
    '',
  ].join('\n');
}

function writeRecords(top: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(top, 'mentoring', file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}

function json(args: string[], cwd: string): TopicsJson {
  const r = runCli([...args, '--format', 'json'], cwd);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as TopicsJson;
}

describe('cli: topics', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  const sha: Record<string, string> = {};

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-cli-topics-');
    repo = HistoryRepo.init(dir);
    sha.base = repo.commit({
      author: BO,
      date: '2026-02-01T10:00:00Z',
      message: 'Billing core',
      files: { 'billing/invoice.ts': 'export const a = 1;\n', 'billing/README.md': '# Billing\n' },
    });
    sha.first = repo.commit({
      date: '2026-03-02T10:00:00Z',
      message: 'Start the migrations',
      files: { 'db/migrations/001.sql': 'create table t (id int);\n' },
    });
    sha.second = repo.commit({
      date: '2026-03-10T10:00:00Z',
      message:
        'Add invoice rounding\n\nMentoring-Goal: G1\nCo-authored-by: Bo Lind <bo@example.com>',
      files: { 'billing/invoice.ts': 'export const a = 2;\n' },
    });
    sha.revert = repo.commit({
      date: '2026-03-11T10:00:00Z',
      message: `Revert "Add invoice rounding"\n\nThis reverts commit ${sha.second}.`,
      files: { 'billing/invoice.ts': 'export const a = 1;\n' },
    });
  });
  afterEach(() => removeDir(dir));

  it("reads the mentee's commits since the last session's recorded HEAD, in the issue's json shape", () => {
    writeRecords(dir, {
      'alex-rivera/plan.md': plan([ALEX.email]),
      'alex-rivera/sessions/2026-03-05.md': session('2026-03-05', sha.first),
    });
    const out = json(['topics', 'alex-rivera', '--until', '2026-03-31'], dir);
    assert.deepEqual(Object.keys(out).slice(0, 4), ['range', 'commits', 'partial', 'topics']);
    assert.equal(out.commits, 2, 'the two commits after the recorded HEAD');
    assert.equal(out.partial, false);
    assert.equal(out.range.until, '2026-03-31');
    assert.deepEqual(out.topics.map((t) => t.kind).sort(), ['goal', 'story']);
    for (const t of out.topics) {
      assert.deepEqual(Object.keys(t.evidence), ['commits', 'files']);
      assert.ok(typeof t.score === 'number' && t.question.endsWith('?'), JSON.stringify(t));
      for (const c of t.evidence.commits) assert.ok([sha.second, sha.revert].includes(c), c);
    }
    // The rounding and its revert are one story; first work in billing, the pairing and the
    // revert are facets of it, and the new area still names its docs.
    const story = out.topics.find((t) => t.kind === 'story');
    assert.ok(story, JSON.stringify(out.topics.map((t) => t.title)));
    assert.equal(story.title, 'Add invoice rounding');
    assert.deepEqual(story.evidence.commits, [sha.revert, sha.second]);
    const facets = (story.facets ?? []).map((f) => `${f.kind}: ${f.text}`);
    assert.ok(facets.includes('new-area: First work in billing (2 commits)'), facets.join('\n'));
    assert.ok(facets.includes('help: Help from Bo Lind (co-authored)'), facets.join('\n'));
    assert.ok(
      facets.some((f) => f.startsWith('revert: Reverted 1 day later')),
      facets.join('\n'),
    );
    // Bo is billing's only other author, but he co-authored the story: not news, so no expert.
    assert.equal(story.expert, undefined);
    assert.deepEqual(story.docs, ['billing/README.md']);
  });

  it("falls back to the last session's date when its HEAD is not an ancestor (a rebase)", () => {
    writeRecords(dir, {
      'alex-rivera/plan.md': plan([ALEX.email]),
      'alex-rivera/sessions/2026-03-05.md': session('2026-03-05', 'f'.repeat(40)),
    });
    const out = json(['topics', 'alex-rivera', '--until', '2026-03-31'], dir);
    assert.equal(out.commits, 2);
    assert.equal(out.range.since, '2026-03-05');
  });

  it('reads any range with --since and --until, whole days in UTC', () => {
    writeRecords(dir, { 'alex-rivera/plan.md': plan([ALEX.email]) });
    const out = json(
      ['topics', 'alex-rivera', '--since', '2026-03-02', '--until', '2026-03-10'],
      dir,
    );
    assert.equal(out.commits, 2);
    assert.deepEqual(out.range, { since: '2026-03-02', until: '2026-03-10' });
  });

  it('reads the commits of any authors without a relationship, with --author', () => {
    const out = json(
      [
        'topics',
        '--author',
        BO.email,
        '--author',
        'Nobody Else',
        '--since',
        '2026-01-01',
        '--until',
        '2026-12-31',
      ],
      dir,
    );
    assert.equal(out.commits, 1);
  });

  it('reads a code repository given with --repo, apart from the records', () => {
    const records = tempDir('mj-cli-records-');
    try {
      HistoryRepo.init(records);
      writeRecords(records, { 'alex-rivera/plan.md': plan([ALEX.email]) });
      const out = json(
        ['topics', 'alex-rivera', '--repo', dir, '--since', '2026-03-01', '--until', '2026-03-31'],
        records,
      );
      assert.equal(out.commits, 3);
    } finally {
      removeDir(records);
    }
  });

  it('names a release from its tag, lightweight or annotated; a tag name that is no version is ignored', () => {
    const notes = repo.commit({
      date: '2026-03-12T10:00:00Z',
      message: 'Updates for 2.4.0',
      files: { 'CHANGELOG.md': '# 2.4.0\n', 'README.md': 'Install 2.4.0\n' },
    });
    const bump = repo.commit({
      date: '2026-03-20T10:00:00Z',
      message: 'Prepare the next version',
      files: { 'CHANGELOG.md': '# 2.5.0\n# 2.4.0\n' },
    });
    repo.git('tag', 'v2.4.0', notes);
    repo.git('tag', '-a', '-m', 'Version 2.5.0', 'v2.5.0', bump);
    repo.git('tag', 'v9.0.0<b>', bump);
    const out = json(
      ['topics', '--author', ALEX.email, '--since', '2026-03-01', '--until', '2026-03-31'],
      dir,
    );
    const released = out.topics.filter((t) => /^Released /.test(t.title));
    assert.deepEqual(
      released.map((t) => [t.title, [...t.evidence.commits].sort()]),
      [['Released 2 versions: 2.4.0 and 2.5.0', [notes, bump].sort()]],
    );
  });

  it('prints markdown with repository text escaped', () => {
    repo.commit({
      date: '2026-03-12T10:00:00Z',
      message: 'Fix <img src=x onerror=alert(1)> and `code` [link](javascript:x)',
      files: { 'web/a.ts': 'x\n' },
    });
    writeRecords(dir, { 'alex-rivera/plan.md': plan([ALEX.email]) });
    const r = runCli(
      ['topics', 'alex-rivera', '--since', '2026-03-01', '--until', '2026-03-31'],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Learning topics from 2026-03-01 to 2026-03-31 \(4 commits\)/);
    // The subject is quoted in a title and a question: every markup character escaped.
    assert.ok(r.stdout.includes('Fix \\<img src=x onerror=alert(1)\\>'), r.stdout);
    assert.ok(!/(^|[^\\])[<`]/m.test(r.stdout), r.stdout);
    assert.ok(!/(^|[^\\])\]\(javascript/.test(r.stdout), r.stdout);
  });

  it('lists only the topics worth raising; the smaller ones are counted, and --all lists them', () => {
    // Three real features and three one-line edits with no review, fix, goal or new ground, in
    // a folder the mentee worked in before, each on its own day.
    const features = ['tax', 'discount', 'currency'];
    features.forEach((name, i) =>
      repo.commit({
        date: `2026-04-0${i + 1}T10:00:00Z`,
        message: `Add ${name} rules to invoices`,
        files: { [`billing/${name}.ts`]: lines(200 - 40 * i, name) },
      }),
    );
    const tiny: [string, string, string][] = [
      ['Rename a local in invoice', 'billing/invoice.ts', 'export const b = 1;\n'],
      ['Reword the billing readme', 'billing/README.md', '# Billing rules\n'],
      ['Name the first table', 'db/migrations/001.sql', 'create table invoices (id int);\n'],
    ];
    tiny.forEach(([message, file, text], i) =>
      repo.commit({ date: `2026-04-1${i + 1}T10:00:00Z`, message, files: { [file]: text } }),
    );
    const range = ['--author', ALEX.email, '--since', '2026-04-01', '--until', '2026-04-30'];
    const out = json(['topics', ...range], dir);
    assert.deepEqual(
      out.topics.map((t) => t.title),
      features.map((name) => `Add ${name} rules to invoices`),
    );
    assert.deepEqual(out.more.map((t) => t.title).sort(), tiny.map(([title]) => title).sort());
    const text = runCli(['topics', ...range, '--format', 'text'], dir);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /3 smaller topics not listed here \(topics --all lists them\)/);
    for (const [title] of tiny) assert.ok(!text.stdout.includes(title), text.stdout);
    const all = runCli(['topics', ...range, '--format', 'md', '--all'], dir);
    assert.equal(all.status, 0, all.stderr);
    assert.match(all.stdout, /### Smaller topics \(3\)/);
    for (const [title] of tiny) assert.ok(all.stdout.includes(title), all.stdout);
    assert.ok(all.stdout.indexOf('Smaller topics') > all.stdout.indexOf('Add currency rules'));
  });

  it('marks topics from a shallow clone as partial', () => {
    const clone = tempDir('mj-cli-shallow-');
    try {
      runGitIn(clone, ['clone', '-q', '--depth', '2', `file://${dir}`, 'c']);
      writeRecords(path.join(clone, 'c'), { 'alex-rivera/plan.md': plan([ALEX.email]) });
      const out = json(
        ['topics', 'alex-rivera', '--since', '2026-01-01', '--until', '2026-12-31'],
        path.join(clone, 'c'),
      );
      assert.equal(out.partial, true);
      const md = runCli(
        ['topics', 'alex-rivera', '--since', '2026-01-01', '--until', '2026-12-31'],
        path.join(clone, 'c'),
      );
      assert.match(md.stdout, /partial|shallow/i);
    } finally {
      removeDir(clone);
    }
  });

  it('says what is wrong, exit 2: not a repository, a bad date, SLUG with --author, no SLUG', () => {
    const plain = tempDir('mj-cli-plain-');
    try {
      writeRecords(plain, { 'alex-rivera/plan.md': plan([ALEX.email]) });
      const notRepo = runCli(['topics', 'alex-rivera'], plain);
      assert.equal(notRepo.status, 2);
      assert.match(notRepo.stderr, /not inside a git (repository|work tree)/i);
    } finally {
      removeDir(plain);
    }
    writeRecords(dir, { 'alex-rivera/plan.md': plan([ALEX.email]) });
    const cases: [string[], RegExp][] = [
      [['topics', 'alex-rivera', '--since', '2026-02-30'], /--since/],
      [['topics', 'alex-rivera', '--since', '2026-03-10', '--until', '2026-03-01'], /after/],
      [['topics', 'alex-rivera', '--author', 'x@y'], /either SLUG or --author/],
      [['topics'], /missing SLUG/],
      [['topics', 'alex-rivera', '--repo', path.join(dir, 'nope')], /--repo/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  it('never passes an author or a date from the user to git as an option', () => {
    const r = runCli(
      ['topics', '--author', '--output=/tmp/mj-pwned', '--since', '2026-01-01'],
      dir,
    );
    // "--output=..." after --author is the author's value: read as text, matched by nobody.
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!fs.existsSync('/tmp/mj-pwned'));
  });
});
