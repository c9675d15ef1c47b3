// The synthetic repository the topics benchmark reads: a deterministic history made with
// `git fast-import`, built once and cached under .bench/topics-<hash of the parameters>/.
//
//   node scripts/benchRepo.mjs --verify                 build 500 commits twice, compare HEADs
//   node scripts/benchRepo.mjs [--double] [--commits N] build (or reuse) and print where it is
//
// Same parameters give the same repository and the same commit ids on every machine: one seeded
// generator drives every choice, every date is fixed (UTC) and git reads no user or system config
// while building. The stream is written from here into fast-import's stdin; the only thing read
// back is the id of a commit that a revert names (fast-import's `get-mark`), which never feeds
// the generator, so it cannot change what comes after.
//
// The history is linear with short topic branches merged in; it has 20 authors (one of them the
// mentee with about 1 in 20 commits), 200 directories two or three levels deep in 8 areas, 8
// languages, code files next to their tests, READMEs, docs and ADRs, manifests (package.json,
// go.mod, requirements.txt) that gain dependencies over time, CI files, fixup! commits, reverts,
// Co-authored-by and Mentoring-Goal trailers, deletions, renames and a few large commits. Files
// stay small and most changes touch a few lines, so `git log --numstat` has real diffs to do.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The default repository. `format` is the generator's version: bump it whenever a change here
 * alters the repository (its history, or how it is packed), so that old builds are not reused.
 */
export const TOPICS_PARAMS = Object.freeze({
  format: 2,
  seed: 20261120,
  commits: 50_000,
  years: 3,
  end: '2026-11-20T18:00:00Z',
  directories: 200,
});

/** Twice the history over twice the years, ending the same day: the last year is as busy. */
export const DOUBLE_PARAMS = Object.freeze({ ...TOPICS_PARAMS, commits: 100_000, years: 6 });

/** The mentee whose topics are measured; about 1 commit in 20 is theirs. */
export const MENTEE = Object.freeze({ name: 'Alex Rivera', email: 'alex@example.com' });

const MENTEE_SHARE = 0.05;
const DAY = 86_400;

/** Environment for every git this file runs: no user or system config, so nothing varies. */
export function isolatedGitEnv() {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** The cache folder name for a set of parameters. */
export function repoDirName(params) {
  const hash = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 12);
  return `topics-${hash}`;
}

/**
 * Returns the repository for `params` under `benchDir`, building it first unless a complete
 * one is there: its stamp (written last, inside .git) matches the parameters, and HEAD and the
 * commit count are what the build recorded. A half-built folder never looks complete because
 * the build happens in a temporary folder that is renamed into place at the end.
 */
export async function ensureBenchRepo(benchDir, params) {
  const dir = path.join(benchDir, repoDirName(params));
  const stampPath = path.join(dir, '.git', 'bench-repo.json');
  const stamp = readJson(stampPath);
  if (stamp && JSON.stringify(stamp.params) === JSON.stringify(params) && isIntact(dir, stamp)) {
    return { dir, built: false, ...stamp };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(benchDir, { recursive: true });
  const temp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  const result = await buildBenchRepo(temp, params);
  fs.writeFileSync(
    path.join(temp, '.git', 'bench-repo.json'),
    JSON.stringify({ params, ...result }, null, 2),
  );
  fs.renameSync(temp, dir);
  return { dir, built: true, params, ...result };
}

/**
 * Removes generated repositories under `benchDir` other than `keep` (older parameters, or builds
 * that were interrupted), since each takes tens of megabytes.
 */
export function pruneStaleRepos(benchDir, keep) {
  const kept = new Set(keep.map((d) => path.basename(d)));
  let entries = [];
  try {
    entries = fs.readdirSync(benchDir);
  } catch {
    return [];
  }
  const stale = entries.filter((e) => e.startsWith('topics-') && !kept.has(e) && !isLiveBuild(e));
  for (const e of stale) fs.rmSync(path.join(benchDir, e), { recursive: true, force: true });
  return stale;
}

/** A `topics-<hash>.tmp-<pid>` folder whose process still runs: another build under way. */
function isLiveBuild(name) {
  const m = /\.tmp-(\d+)$/.exec(name);
  if (!m) return false;
  try {
    process.kill(Number(m[1]), 0);
    return true;
  } catch {
    return false;
  }
}

function isIntact(dir, stamp) {
  const head = git(dir, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], true);
  if (head === undefined || head.trim() !== stamp.head) return false;
  // Walks the whole history, so a repository cut short shows up here rather than mid-benchmark.
  const count = git(dir, ['rev-list', '--count', 'HEAD'], true);
  return count !== undefined && Number(count) === stamp.commits;
}

/**
 * Builds the repository for `params` into `dir` (which must not exist) and returns its HEAD,
 * commit count, build seconds and a few counts that describe it.
 */
export async function buildBenchRepo(dir, params) {
  const started = process.hrtime.bigint();
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const child = spawn(
    'git',
    ['-c', 'core.fsmonitor=false', 'fast-import', '--quiet', '--done', '--cat-blob-fd=3'],
    { cwd: dir, env: isolatedGitEnv(), stdio: ['pipe', 'inherit', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const sink = new FastImportSink(child.stdin, child.stdio[3]);
  let stats;
  try {
    stats = await new HistoryWriter(params, sink).write();
    await sink.end('done\n');
  } catch (e) {
    child.kill();
    await exited;
    throw new Error(`fast-import failed: ${e.message}\n${stderr}`);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`fast-import exited ${code}\n${stderr}`);
  const imported = process.hrtime.bigint();
  // fast-import's pack interleaves commits with trees and blobs and deltas each blob only against
  // the one before it, so a walk over the commits touches the whole file. Repacking from scratch
  // (as a clone's pack is made) puts commits together with proper deltas, and the commit-graph is
  // what `git gc` writes; without both, git's time and memory here would be far from a real
  // repository's. Neither changes a commit id.
  git(dir, ['repack', '-a', '-d', '-f', '-q']);
  git(dir, ['commit-graph', 'write', '--reachable', '--no-progress']);
  // A work tree, so the repository looks like any clone to the code that reads it.
  git(dir, ['reset', '-q', '--hard', 'HEAD']);
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  const commits = Number(git(dir, ['rev-list', '--count', 'HEAD']));
  const tenths = (from, to) => Math.round(Number(to - from) / 1e8) / 10;
  const finished = process.hrtime.bigint();
  return {
    head,
    commits,
    seconds: tenths(started, finished),
    importSeconds: tenths(started, imported),
    packSeconds: tenths(imported, finished),
    ...stats,
  };
}

/**
 * Builds a small repository twice, the second time in another time zone and folder, and checks
 * that the commit ids agree, that the history is sound (`git fsck`) and has the asked-for shape.
 * Returns a list of failures (empty when all is well).
 */
export async function verifyReproducible(commits = 500) {
  const params = { ...TOPICS_PARAMS, commits };
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-verify-'));
  const failures = [];
  try {
    const a = await buildBenchRepo(path.join(base, 'a'), params);
    const savedTz = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    let b;
    try {
      b = await buildBenchRepo(path.join(base, 'elsewhere', 'b'), params);
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
    const dir = path.join(base, 'a');
    if (a.head !== b.head) failures.push(`HEAD differs between builds: ${a.head} and ${b.head}`);
    if (a.commits !== commits) failures.push(`${a.commits} commits, expected ${commits}`);
    const fsck = spawnSync('git', ['fsck', '--no-progress', '--strict'], {
      cwd: dir,
      env: isolatedGitEnv(),
      encoding: 'utf8',
    });
    if (fsck.status !== 0) failures.push(`git fsck failed: ${fsck.stderr}${fsck.stdout}`);
    const log = git(dir, ['log', '--format=%H%x09%ae%x09%aI%x09%s%x09%b%x00']);
    const entries = log
      .split('\0')
      .map((e) => e.trim())
      .filter(Boolean)
      .map((e) => e.split('\t'));
    // The last commit falls in the last slot of the span (one slot per commit).
    const lastDate = Date.parse(entries[0][2]);
    const slotMs = (params.years * 365.25 * DAY * 1000) / commits;
    if (!(lastDate <= Date.parse(params.end) && lastDate > Date.parse(params.end) - slotMs)) {
      failures.push(
        `the last commit is dated ${entries[0][2]}, expected just before ${params.end}`,
      );
    }
    const mentee = entries.filter((e) => e[1] === MENTEE.email).length;
    if (mentee < commits * 0.02 || mentee > commits * 0.09) {
      failures.push(`the mentee has ${mentee} of ${commits} commits, expected about 1 in 20`);
    }
    const reverted = entries
      .map((e) => /This reverts commit ([0-9a-f]{40})\./.exec(e.slice(4).join('\t')))
      .filter(Boolean)
      .map((m) => m[1]);
    for (const sha of reverted) {
      const r = spawnSync('git', ['merge-base', '--is-ancestor', sha, 'HEAD'], { cwd: dir });
      if (r.status !== 0) failures.push(`a revert names ${sha}, which is not in the history`);
    }
    return { failures, head: a.head, seconds: [a.seconds, b.seconds], stats: a };
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

/**
 * Writes the fast-import stream in large chunks, waiting when the pipe is full, and answers
 * `get-mark` requests from fast-import's cat-blob descriptor.
 */
class FastImportSink {
  constructor(input, replies) {
    this.input = input;
    this.parts = [];
    this.size = 0;
    this.pending = '';
    this.waiting = [];
    this.lines = [];
    replies.setEncoding('utf8').on('data', (d) => {
      this.pending += d;
      let nl;
      while ((nl = this.pending.indexOf('\n')) >= 0) {
        this.lines.push(this.pending.slice(0, nl));
        this.pending = this.pending.slice(nl + 1);
      }
      while (this.lines.length > 0 && this.waiting.length > 0) {
        this.waiting.shift()(this.lines.shift());
      }
    });
  }

  async push(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush() {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.input.write(chunk)) await once(this.input, 'drain');
  }

  /** The commit id behind a mark; everything written so far is flushed first. */
  async commitId(mark) {
    await this.push(`get-mark :${mark}\n`);
    await this.flush();
    const line = this.lines.length > 0 ? this.lines.shift() : await this.nextLine();
    if (!/^[0-9a-f]{40}$/.test(line)) throw new Error(`get-mark :${mark} answered "${line}"`);
    return line;
  }

  nextLine() {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async end(text) {
    await this.push(text);
    await this.flush();
    this.input.end();
  }
}

// The people. Activity windows are in days before the last commit, so the double-history variant
// has the same people active in its last year.
const PEOPLE = [
  { ...MENTEE, mentee: true },
  { name: 'Sam Okafor', email: 'sam.okafor@example.com' },
  { name: 'Priya Patel', email: 'priya@example.com' },
  { name: 'Chen Wei', email: 'chen.wei@example.com' },
  { name: 'José Núñez', email: 'jose.nunez@example.com' },
  { name: 'Fatima Zahra', email: 'fatima@example.org' },
  { name: 'Ola Nordmann', email: 'ola@example.com' },
  { name: 'Noah Berg', email: 'noah.berg@example.com' },
  { name: 'Zoë Kowalski', email: 'zoe@example.com' },
  { name: 'Ivan Petrov', email: 'ivan.petrov@example.com' },
  { name: 'Mei Tanaka', email: 'mei.tanaka@example.com' },
  { name: 'Kim Silva', email: 'kim.silva@example.com' },
  { name: 'Lena Fischer', email: 'lena@example.org', joins: 200 },
  { name: 'Omar Haddad', email: 'omar.haddad@example.com', leaves: 150 },
  { name: 'Grace Mensah', email: 'grace@example.com' },
  { name: 'Tomás Ortega', email: 'tomas@example.com', leaves: 400 },
  { name: 'Aiko Suzuki', email: 'aiko@example.com', joins: 500 },
  { name: 'Ben Carter', email: 'ben.carter@example.com' },
  { name: 'Nadia Rahman', email: 'nadia@example.com' },
  { name: 'Lucas Moreau', email: 'lucas.moreau@example.com' },
];

// The mentee's areas widen over time (days before the last commit), so the last year holds
// first touches of areas and languages.
const MENTEE_AREAS = [
  { from: Infinity, areas: ['web', 'libs'] },
  { from: 330, areas: ['services'] },
  { from: 120, areas: ['data'] },
];

const AREAS = [
  { name: 'services', langs: ['go', 'java'] },
  { name: 'web', langs: ['ts', 'js'] },
  { name: 'libs', langs: ['ts', 'rs'] },
  { name: 'tools', langs: ['py', 'rb'] },
  { name: 'infra', langs: ['py', 'go'] },
  { name: 'mobile', langs: ['java', 'ts'] },
  { name: 'data', langs: ['py', 'rs'] },
  { name: 'platform', langs: ['c', 'go'] },
];

// Per language: how a code file and its test are named, the comment marker and a line shape.
const LANGS = {
  ts: { code: (n) => `${n}.ts`, test: (n) => `${n}.test.ts`, manifest: 'package.json' },
  js: { code: (n) => `${n}.js`, test: (n) => `${n}.spec.js`, manifest: 'package.json' },
  py: { code: (n) => `${n}.py`, test: (n) => `test_${n}.py`, manifest: 'requirements.txt' },
  go: { code: (n) => `${n}.go`, test: (n) => `${n}_test.go`, manifest: 'go.mod' },
  rs: { code: (n) => `${n}.rs`, test: (n) => `${n}_tests.rs` },
  java: { code: (n) => `${cap(n)}.java`, test: (n) => `${cap(n)}Test.java` },
  rb: { code: (n) => `${n}.rb`, test: (n) => `${n}_spec.rb` },
  c: { code: (n) => `${n}.c`, test: (n) => `test_${n}.c` },
};
const LANG_NAMES = Object.keys(LANGS);

const DEPENDENCIES = {
  'package.json': [
    'zod',
    'yaml',
    'lodash',
    'express',
    'react',
    'date-fns',
    'pino',
    'undici',
    'commander',
    'chalk',
    'ajv',
    'fastify',
    'dayjs',
    'uuid',
    'ws',
    'semver',
  ],
  'go.mod': [
    'github.com/spf13/cobra',
    'github.com/stretchr/testify',
    'go.uber.org/zap',
    'github.com/google/uuid',
    'golang.org/x/sync',
    'github.com/prometheus/client_golang',
    'google.golang.org/grpc',
    'github.com/jackc/pgx/v5',
  ],
  'requirements.txt': [
    'requests',
    'pydantic',
    'fastapi',
    'sqlalchemy',
    'pytest',
    'numpy',
    'pandas',
    'click',
    'httpx',
    'rich',
    'boto3',
    'structlog',
  ],
};

const WORDS = [
  'billing',
  'invoice',
  'ledger',
  'account',
  'session',
  'token',
  'cache',
  'queue',
  'worker',
  'router',
  'schema',
  'report',
  'export',
  'import',
  'search',
  'index',
  'profile',
  'payment',
  'refund',
  'audit',
  'metrics',
  'health',
  'config',
  'client',
  'server',
  'storage',
  'upload',
  'notify',
  'email',
  'webhook',
  'retry',
  'limits',
  'quota',
  'tenant',
  'catalog',
  'pricing',
  'cart',
  'order',
  'shipping',
  'inventory',
  'auth',
  'oauth',
  'policy',
  'feature',
  'flags',
  'events',
  'stream',
  'batch',
  'scheduler',
  'migrate',
];
const VERBS = [
  'Add',
  'Fix',
  'Refactor',
  'Handle',
  'Simplify',
  'Rename',
  'Document',
  'Speed up',
  'Validate',
  'Log',
  'Test',
  'Guard',
  'Extract',
  'Remove unused',
  'Tidy',
];
const CI_FILES = [
  '.github/workflows/ci.yml',
  '.github/workflows/release.yml',
  '.github/workflows/lint.yml',
  'Makefile',
  'Dockerfile',
];

/** Produces the whole history as a fast-import stream, commit by commit, in date order. */
class HistoryWriter {
  constructor(params, sink) {
    this.params = params;
    this.sink = sink;
    this.rand = mulberry32(params.seed);
    this.end = Math.floor(Date.parse(params.end) / 1000);
    this.span = Math.round(params.years * 365.25 * DAY);
    this.start = this.end - this.span;
    this.mark = 0;
    this.files = new Map(); // path -> lines
    this.owner = new Map(); // path -> the array that lists it (to forget it on delete)
    this.docs = [];
    this.adrs = 0;
    this.ci = [];
    this.recent = []; // revertable commits: { mark, subject, touched }
    this.byAuthor = new Map(); // email -> recent { subject, paths }
    this.areasOf = new Map(); // email -> the areas where that person mostly works
    this.stats = { merges: 0, reverts: 0, fixups: 0, large: 0, coAuthored: 0, files: 0 };
    this.planDirectories();
  }

  /** Lays out the directories; about 60% exist from the start, the rest appear over time. */
  planDirectories() {
    const rand = this.rand;
    this.dirs = [];
    const seconds = new Map(AREAS.map((a) => [a.name, []]));
    const used = new Set();
    const uniqueName = (parent) => {
      for (;;) {
        const name = pick(rand, WORDS);
        if (!used.has(`${parent}/${name}`)) {
          used.add(`${parent}/${name}`);
          return name;
        }
      }
    };
    while (this.dirs.length < this.params.directories) {
      const area = AREAS[this.dirs.length % AREAS.length];
      const nested = seconds.get(area.name);
      // A third level under an existing second-level folder, about one time in three.
      const parent = nested.length > 0 && rand() < 0.35 ? pick(rand, nested) : area.name;
      const dirPath = `${parent}/${uniqueName(parent)}`;
      if (parent === area.name) nested.push(dirPath);
      const lang = rand() < 0.85 ? pick(rand, area.langs) : pick(rand, LANG_NAMES);
      this.dirs.push({ path: dirPath, area: area.name, lang, files: [], exists: false, n: 0 });
    }
    const later = this.dirs.filter(() => rand() < 0.4);
    this.pendingDirs = later
      .map((d) => ({ dir: d, at: 1 + Math.floor(rand() * this.params.commits * 0.9) }))
      .sort((a, b) => a.at - b.at);
    this.initialDirs = this.dirs.filter((d) => !later.includes(d));
  }

  async write() {
    const { commits } = this.params;
    await this.initialCommit();
    while (this.mark < commits) {
      const when = this.timeOf(this.mark + 1);
      const author = this.authorAt(when);
      if (this.pendingDirs.length > 0 && this.pendingDirs[0].at <= this.mark) {
        await this.commit(author, this.newModule(this.pendingDirs.shift().dir));
        continue;
      }
      const r = this.rand();
      if (r < 0.03 && this.mark + 3 <= commits) await this.topicBranch(author);
      else await this.commit(author, await this.change(author, r));
    }
    this.stats.files = this.files.size;
    return this.stats;
  }

  /**
   * The date of the n-th commit: one per slot of the span, at a point in its slot that depends on
   * n alone (not on the generator), so asking twice gives the same answer.
   */
  timeOf(n) {
    const slot = this.span / this.params.commits;
    const within = (hashString(String(n)) % 900) / 1000;
    return Math.floor(this.start + (n - 1 + within) * slot);
  }

  authorAt(when) {
    if (this.rand() < MENTEE_SHARE) return PEOPLE[0];
    const daysLeft = (this.end - when) / DAY;
    const active = PEOPLE.slice(1).filter(
      (p) => (p.joins === undefined || daysLeft <= p.joins) && daysLeft >= (p.leaves ?? 0),
    );
    return pick(this.rand, active);
  }

  /** The folders a person tends to work in: the mentee's own areas, or 1-3 areas per person. */
  homeAreas(author, when) {
    if (author.mentee) {
      const daysLeft = (this.end - when) / DAY;
      return MENTEE_AREAS.filter((m) => daysLeft <= m.from).flatMap((m) => m.areas);
    }
    let areas = this.areasOf.get(author.email);
    if (!areas) {
      const seeded = mulberry32(hashString(author.email));
      areas = AREAS.filter(() => seeded() < 0.3).map((a) => a.name);
      if (areas.length === 0) areas = [AREAS[hashString(author.email) % AREAS.length].name];
      this.areasOf.set(author.email, areas);
    }
    return areas;
  }

  pickDir(author, when) {
    const home = this.homeAreas(author, when);
    const anywhere = !author.mentee && this.rand() < 0.25;
    const choices = this.dirs.filter(
      (d) => d.exists && d.files.length > 0 && (anywhere || home.includes(d.area)),
    );
    const fallback = this.dirs.filter((d) => d.exists && d.files.length > 0);
    return pick(this.rand, choices.length > 0 ? choices : fallback);
  }

  async initialCommit() {
    const ops = this.newOps();
    for (const dir of this.initialDirs) this.seedDirectory(ops, dir);
    for (const ciPath of CI_FILES.slice(0, 3))
      this.addFile(ops, ciPath, this.ciText(ciPath), this.ci);
    this.addFile(ops, 'README.md', this.prose('Monorepo', 12), this.docs);
    this.addFile(ops, 'docs/architecture.md', this.prose('Architecture', 30), this.docs);
    this.stats.large++;
    await this.commit(PEOPLE[1], { ...ops, subject: 'Initial import', revertable: false });
  }

  newOps() {
    return { lines: [], touched: new Map() };
  }

  /** A new folder's first files: code with tests, sometimes a README and a manifest. */
  seedDirectory(ops, dir) {
    dir.exists = true;
    const count = 2 + Math.floor(this.rand() * 3);
    for (let i = 0; i < count; i++) this.addCodeFile(ops, dir, this.rand() < 0.7);
    if (this.rand() < 0.5) {
      dir.readme = `${dir.path}/README.md`;
      this.addFile(ops, dir.readme, this.prose(dir.path, 6), this.docs);
    }
    const manifest = LANGS[dir.lang].manifest;
    if (manifest && dir.path.split('/').length === 2 && this.rand() < 0.6) {
      dir.manifest = { path: `${dir.path}/${manifest}`, kind: manifest, deps: new Map() };
      this.addDependency(ops, dir);
    }
    if ((dir.lang === 'go' || dir.lang === 'java') && dir.area === 'services') {
      this.addFile(ops, `${dir.path}/Dockerfile`, this.ciText('Dockerfile'), this.ci);
    }
  }

  newModule(dir) {
    const ops = this.newOps();
    this.seedDirectory(ops, dir);
    return { ...ops, subject: `Add ${dir.path}`, revertable: false };
  }

  addCodeFile(ops, dir, withTest) {
    const spec = LANGS[dir.lang];
    let base;
    do base = `${pick(this.rand, WORDS)}${dir.n++ > 4 ? dir.n : ''}`;
    while (this.files.has(`${dir.path}/${spec.code(base)}`));
    const codePath = `${dir.path}/${spec.code(base)}`;
    this.addFile(ops, codePath, this.codeLines(8 + Math.floor(this.rand() * 32)), dir.files);
    const testPath = `${dir.path}/${spec.test(base)}`;
    if (withTest && !this.files.has(testPath)) {
      this.addFile(ops, testPath, this.codeLines(6 + this.int(20)), dir.files);
    }
    return codePath;
  }

  /**
   * One ordinary commit's changes, by kind. `r` is uniform in [0.03, 1) (below that a topic branch
   * was made instead), so each threshold step is that kind's share of all commits.
   */
  async change(author, r) {
    const when = this.timeOf(this.mark + 1);
    if (r < 0.033) return (await this.revert()) ?? this.edit(author, when);
    if (r < 0.043) return this.fixup(author) ?? this.edit(author, when);
    if (r < 0.045) return this.largeChange(author, when);
    if (r < 0.06) return this.dependencyChange(author, when);
    if (r < 0.075) return this.ciChange();
    if (r < 0.105) return this.docsChange(author, when);
    if (r < 0.112) return this.deleteFile(author, when) ?? this.edit(author, when);
    if (r < 0.117) return this.renameFile(author, when) ?? this.edit(author, when);
    if (r < 0.177) return this.newFile(author, when);
    return this.edit(author, when);
  }

  /** The everyday commit: a few lines in one to three files of a folder, often code and test. */
  edit(author, when) {
    const ops = this.newOps();
    const dir = this.pickDir(author, when);
    const n = 1 + Math.floor(this.rand() * this.rand() * 3.5);
    const chosen = new Set();
    for (let i = 0; i < n; i++) chosen.add(pick(this.rand, dir.files));
    if (this.rand() < 0.15) {
      const other = this.pickDir(author, when);
      if (other.files.length > 0) chosen.add(pick(this.rand, other.files));
    }
    for (const p of chosen) this.modify(ops, p, this.mutate(this.files.get(p)));
    const subject = `${pick(this.rand, VERBS)} ${pick(this.rand, WORDS)} ${pick(this.rand, WORDS)} in ${dir.path.split('/').pop()}`;
    return { ...ops, subject, revertable: true };
  }

  newFile(author, when) {
    const ops = this.newOps();
    const dir = this.pickDir(author, when);
    const added = this.addCodeFile(ops, dir, this.rand() < 0.6);
    return { ...ops, subject: `Add ${added.split('/').pop()}`, revertable: true };
  }

  deleteFile(author, when) {
    const dir = this.pickDir(author, when);
    if (dir.files.length < 3) return undefined;
    const ops = this.newOps();
    const gone = pick(this.rand, dir.files);
    this.remove(ops, gone);
    return { ...ops, subject: `Remove ${gone.split('/').pop()}`, revertable: false };
  }

  renameFile(author, when) {
    const dir = this.pickDir(author, when);
    if (dir.files.length === 0) return undefined;
    const ops = this.newOps();
    const from = pick(this.rand, dir.files);
    const ext = from.slice(from.lastIndexOf('.'));
    let to;
    do to = `${dir.path}/${pick(this.rand, WORDS)}_${pick(this.rand, WORDS)}${ext}`;
    while (this.files.has(to));
    const lines = this.files.get(from);
    this.remove(ops, from);
    this.addFile(ops, to, this.rand() < 0.5 ? this.mutate(lines) : lines, dir.files);
    const subject = `Rename ${from.split('/').pop()} to ${to.split('/').pop()}`;
    return { ...ops, subject, revertable: false };
  }

  /** A sweeping change over one area, or a generated file added or regenerated. */
  largeChange(author, when) {
    this.stats.large++;
    const ops = this.newOps();
    if (this.rand() < 0.5) {
      const area = pick(this.rand, this.homeAreas(author, when));
      const paths = this.dirs.filter((d) => d.area === area).flatMap((d) => d.files);
      if (paths.length === 0) return this.edit(author, when);
      for (const p of paths.slice(0, 150)) this.modify(ops, p, this.mutate(this.files.get(p), 2));
      return { ...ops, subject: `Apply the formatter across ${area}`, revertable: false };
    }
    const dir = this.pickDir(author, when);
    const target = `${dir.path}/generated_${dir.path.split('/').pop()}.json`;
    const lines = Array.from(
      { length: 1500 + this.int(2500) },
      (_, i) => `  "${pick(this.rand, WORDS)}_${i}": ${this.int(100000)},`,
    );
    if (this.files.has(target)) this.modify(ops, target, ['{', ...lines, '}']);
    else this.addFile(ops, target, ['{', ...lines, '}'], []);
    return { ...ops, subject: `Regenerate ${target.split('/').pop()}`, revertable: false };
  }

  dependencyChange(author, when) {
    const dir = this.pickDir(author, when);
    const top = this.dirs.find((d) => d.path === dir.path.split('/').slice(0, 2).join('/'));
    const target = top?.manifest ? top : this.dirs.find((d) => d.exists && d.manifest);
    if (!target) return this.edit(author, when);
    const ops = this.newOps();
    const added = this.addDependency(ops, target);
    const subject = added
      ? `Add ${added} to ${target.path}`
      : `Bump dependencies in ${target.path}`;
    return { ...ops, subject, revertable: false };
  }

  /** Adds a dependency (or bumps one when all are in), rewrites the manifest, returns its name. */
  addDependency(ops, dir) {
    const m = dir.manifest;
    const missing = DEPENDENCIES[m.kind].filter((d) => !m.deps.has(d));
    let added;
    if (missing.length > 0) {
      added = pick(this.rand, missing);
      m.deps.set(added, `1.${this.int(20)}.${this.int(10)}`);
    } else {
      const bumped = pick(this.rand, [...m.deps.keys()]);
      m.deps.set(bumped, `2.${this.int(20)}.${this.int(10)}`);
    }
    const text = manifestText(m, dir.path);
    if (this.files.has(m.path)) this.modify(ops, m.path, text);
    else this.addFile(ops, m.path, text, []);
    return added;
  }

  ciChange() {
    const ops = this.newOps();
    const missing = CI_FILES.filter((p) => !this.files.has(p));
    if (missing.length > 0 && this.rand() < 0.2) {
      const added = missing[0];
      this.addFile(ops, added, this.ciText(added), this.ci);
      return { ...ops, subject: `Add ${added}`, revertable: true };
    }
    const target = pick(this.rand, this.ci);
    this.modify(ops, target, this.mutate(this.files.get(target)));
    return { ...ops, subject: `ci: adjust ${target.split('/').pop()}`, revertable: true };
  }

  docsChange(author, when) {
    const ops = this.newOps();
    const dir = this.pickDir(author, when);
    const r = this.rand();
    if (r < 0.15) {
      const name = `docs/adr/${String(++this.adrs).padStart(4, '0')}-${pick(this.rand, WORDS)}.md`;
      this.addFile(ops, name, this.prose(`ADR ${this.adrs}`, 10), this.docs);
      return { ...ops, subject: `Add ADR ${this.adrs}`, revertable: true };
    }
    if (r < 0.6 || this.docs.length === 0) {
      if (dir.readme && this.files.has(dir.readme)) {
        this.modify(ops, dir.readme, this.mutate(this.files.get(dir.readme)));
      } else {
        dir.readme = `${dir.path}/README.md`;
        this.addFile(ops, dir.readme, this.prose(dir.path, 6), this.docs);
      }
      return { ...ops, subject: `Document ${dir.path}`, revertable: true };
    }
    const doc = pick(this.rand, this.docs);
    this.modify(ops, doc, this.mutate(this.files.get(doc)));
    return { ...ops, subject: `docs: update ${doc.split('/').pop()}`, revertable: true };
  }

  /** `fixup! <subject>` on one of the author's last few commits, in the same files. */
  fixup(author) {
    const mine = this.byAuthor.get(author.email);
    if (!mine || mine.length === 0) return undefined;
    const target = pick(this.rand, mine);
    const paths = target.paths.filter((p) => this.files.has(p) && !p.includes('generated_'));
    if (paths.length === 0) return undefined;
    const ops = this.newOps();
    for (const p of paths.slice(0, 3)) this.modify(ops, p, this.mutate(this.files.get(p), 1));
    this.stats.fixups++;
    return { ...ops, subject: `fixup! ${target.subject}`, revertable: true, quiet: true };
  }

  /** Reverts one of the last revertable commits: its files go back to how they were before it. */
  async revert() {
    if (this.recent.length === 0) return undefined;
    const target = this.recent.splice(this.int(this.recent.length), 1)[0];
    const ops = this.newOps();
    for (const [p, before] of target.touched) {
      if (before === null && this.files.has(p)) this.remove(ops, p);
      else if (before !== null && this.files.has(p)) this.modify(ops, p, before);
    }
    if (ops.lines.length === 0) return undefined;
    const sha = await this.sink.commitId(target.mark);
    this.stats.reverts++;
    return {
      ...ops,
      subject: `Revert "${target.subject}"`,
      body: `This reverts commit ${sha}.`,
      revertable: false,
    };
  }

  /** One to three commits off the tip by one author, then a merge commit that brings them in. */
  async topicBranch(author) {
    const fork = this.mark;
    const when = this.timeOf(this.mark + 1);
    const branch = `${author.email.split(/[.@]/)[0]}/${pick(this.rand, WORDS)}-${pick(this.rand, WORDS)}`;
    const count = 1 + this.int(Math.min(3, this.params.commits - this.mark - 1));
    const changed = new Set();
    for (let i = 0; i < count; i++) {
      const c = this.rand() < 0.2 ? this.newFile(author, when) : this.edit(author, when);
      for (const p of c.touched.keys()) changed.add(p);
      await this.commit(author, c);
    }
    const tip = this.mark;
    // The merge starts from the fork point's tree, so it carries every file the branch changed.
    const lines = [];
    for (const p of changed) {
      if (this.files.has(p)) lines.push(inlineFile(p, this.files.get(p)));
      else lines.push(`D ${p}\n`);
    }
    this.stats.merges++;
    await this.commit(author, {
      lines,
      touched: new Map(),
      subject: `Merge pull request #${1000 + this.stats.merges} from ${branch}`,
      from: fork,
      merge: tip,
      revertable: false,
    });
  }

  /** Writes one commit, with its trailers, and remembers it for fixups and reverts. */
  async commit(author, c) {
    const mark = ++this.mark;
    const when = this.timeOf(mark);
    const ident = `${author.name} <${author.email}> ${when} +0000`;
    const trailers = [];
    if (!c.merge && this.rand() < 0.04) {
      const partner = pick(
        this.rand,
        PEOPLE.filter((p) => p !== author),
      );
      trailers.push(`Co-authored-by: ${partner.name} <${partner.email}>`);
      this.stats.coAuthored++;
    }
    if (author.mentee && !c.merge && this.rand() < 0.06) {
      trailers.push(`Mentoring-Goal: G${1 + this.int(3)}`);
    }
    let body = c.body ?? (!c.quiet && this.rand() < 0.3 ? this.sentence(8, 30) : '');
    if (trailers.length > 0)
      body = body ? `${body}\n\n${trailers.join('\n')}` : trailers.join('\n');
    const message = body ? `${c.subject}\n\n${body}\n` : `${c.subject}\n`;
    let head = `commit refs/heads/main\nmark :${mark}\nauthor ${ident}\ncommitter ${ident}\n`;
    head += `data ${Buffer.byteLength(message)}\n${message}`;
    if (c.from) head += `from :${c.from}\n`;
    if (c.merge) head += `merge :${c.merge}\n`;
    await this.sink.push(head);
    for (const line of c.lines) await this.sink.push(line);
    await this.sink.push('\n');
    if (c.revertable) {
      this.recent.push({ mark, subject: c.subject, touched: c.touched });
      if (this.recent.length > 40) this.recent.shift();
    }
    if (!c.merge && c.touched.size > 0 && c.touched.size < 20) {
      const mine = this.byAuthor.get(author.email) ?? [];
      mine.push({ subject: c.subject.replace(/^fixup! /, ''), paths: [...c.touched.keys()] });
      if (mine.length > 5) mine.shift();
      this.byAuthor.set(author.email, mine);
    }
  }

  addFile(ops, p, lines, list) {
    this.remember(ops, p);
    this.files.set(p, lines);
    this.owner.set(p, list);
    list.push(p);
    ops.lines.push(inlineFile(p, lines));
  }

  modify(ops, p, lines) {
    this.remember(ops, p);
    this.files.set(p, lines);
    ops.lines.push(inlineFile(p, lines));
  }

  remove(ops, p) {
    this.remember(ops, p);
    this.files.delete(p);
    const list = this.owner.get(p);
    list.splice(list.indexOf(p), 1);
    this.owner.delete(p);
    ops.lines.push(`D ${p}\n`);
  }

  /** Keeps a file's content from before the commit, once, so that a revert can restore it. */
  remember(ops, p) {
    if (!ops.touched.has(p)) ops.touched.set(p, this.files.get(p) ?? null);
  }

  /** A few lines replaced, inserted and deleted; files that grew long lose a block. */
  mutate(lines, scale = 4) {
    const out = [...lines];
    const replace = this.int(scale);
    const insert = this.int(scale + 1);
    const drop = out.length > 60 ? 8 + this.int(8) : this.int(Math.ceil(scale / 2));
    for (let i = 0; i < replace && out.length > 0; i++) out[this.int(out.length)] = this.codeLine();
    const at = this.int(out.length + 1);
    out.splice(at, 0, ...Array.from({ length: insert }, () => this.codeLine()));
    if (drop > 0 && out.length > drop + 2) out.splice(this.int(out.length - drop), drop);
    if (out.length === lines.length && out.every((l, i) => l === lines[i]))
      out.push(this.codeLine());
    return out;
  }

  codeLines(n) {
    return Array.from({ length: n }, () => this.codeLine());
  }

  codeLine() {
    const indent = '    '.slice(0, 2 * this.int(3));
    return `${indent}${pick(this.rand, WORDS)}_${pick(this.rand, WORDS)} = ${this.int(10000)}`;
  }

  prose(title, n) {
    return [`# ${title}`, '', ...Array.from({ length: n }, () => `${this.sentence(6, 16)}.`)];
  }

  sentence(min, max) {
    const n = min + this.int(max - min + 1);
    return Array.from({ length: n }, () => pick(this.rand, WORDS)).join(' ');
  }

  ciText(p) {
    if (p === 'Makefile') return ['build:', '\tnpm run build', '', 'test:', '\tnpm test'];
    if (p === 'Dockerfile') return ['FROM alpine:3.20', 'COPY . /app', 'CMD ["/app/run"]'];
    return [
      `name: ${p.split('/').pop().replace('.yml', '')}`,
      'on: [push]',
      'jobs:',
      ...this.codeLines(6),
    ];
  }

  int(n) {
    return Math.floor(this.rand() * n);
  }
}

/** A manifest's whole text from its dependency list, in the file's own format. */
function manifestText(m, dirPath) {
  const deps = [...m.deps.entries()];
  if (m.kind === 'package.json') {
    const body = deps.map(
      ([name, v], i) => `    "${name}": "^${v}"${i < deps.length - 1 ? ',' : ''}`,
    );
    return [
      '{',
      `  "name": "${dirPath.replace(/\//g, '-')}",`,
      '  "version": "1.0.0",',
      '  "dependencies": {',
      ...body,
      '  }',
      '}',
    ];
  }
  if (m.kind === 'go.mod') {
    return [
      `module example.com/${dirPath}`,
      '',
      'go 1.22',
      '',
      'require (',
      ...deps.map(([name, v]) => `\t${name} v${v}`),
      ')',
    ];
  }
  return deps.map(([name, v]) => `${name}==${v}`);
}

function inlineFile(p, lines) {
  const text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  return `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
}

function git(cwd, args, allowFailure = false) {
  const r = spawnSync('git', args, {
    cwd,
    env: isolatedGitEnv(),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0) {
    if (allowFailure) return undefined;
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  }
  return r.stdout;
}

function readJson(p) {
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch {
    return undefined;
  }
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A small seeded generator (the same as the validate benchmark's), so every machine agrees. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Run directly: verify reproducibility, or build (or reuse) a repository and say where it is.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--verify')) {
    const n = Number(args[args.indexOf('--commits') + 1]) || 500;
    const v = await verifyReproducible(n);
    for (const f of v.failures) console.error(`benchRepo --verify: ${f}`);
    console.log(
      `benchRepo --verify: ${n} commits built twice (${v.seconds.join(' s, ')} s), HEAD ${v.head}: ${v.failures.length === 0 ? 'reproducible' : 'FAILED'}`,
    );
    process.exit(v.failures.length === 0 ? 0 : 1);
  }
  const base = args.includes('--double') ? DOUBLE_PARAMS : TOPICS_PARAMS;
  const commits = Number(args[args.indexOf('--commits') + 1]) || base.commits;
  const top = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
  const repo = await ensureBenchRepo(path.join(top, '.bench'), { ...base, commits });
  console.log(
    `${repo.dir}: ${repo.commits} commits, HEAD ${repo.head}, ${repo.built ? `built in ${repo.seconds} s` : 'cached'}`,
  );
}
