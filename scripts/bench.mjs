// The first benchmark: how long `validate` takes over a large records folder.
//
//   npm run bench               build, then generate .bench/ (once) and time validate
//   node scripts/bench.mjs      the same without the build (dist/cli.js must be current)
//   node scripts/bench.mjs --runs 9 --check
//
// It generates 20 relationships with 300 sessions each (plus plan.md and questions.md), with
// realistic sizes: front matter, six sections, a few action items, some notes. The folder is
// reused while its parameters match. Each run spawns `node dist/cli.js validate --dir .bench
// --format json`, as a pre-commit hook or CI would; the wall time of several runs gives the
// median, and one more run measures the peak memory (GNU time when present, else the child's own
// maxRSS). --check exits 1 when the median is over the target.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const top = path.resolve(new URL('..', import.meta.url).pathname);
const benchDir = path.join(top, '.bench');
const cli = path.join(top, 'dist', 'cli.js');
const PARAMS = { format: 1, relationships: 20, sessionsEach: 300, seed: 7 };
const TARGET_SECONDS = 1;

const FIRST = [
  'Alex',
  'Sam',
  'Kim',
  'José',
  'Priya',
  'Chen',
  'Fatima',
  'Ola',
  'Noah',
  'Zoë',
  'Ivan',
  'Mei',
];
const LAST = [
  'Rivera',
  'Chen',
  'Lee',
  'Núñez',
  'Patel',
  'Okafor',
  'Nowak',
  'Berg',
  'Silva',
  'Kowalski',
];
const HANDLES = ['alex', 'sam', 'kim', 'priya', 'chen', 'noah'];
const WORDS = [
  'migration',
  'review',
  'schema',
  'index',
  'deploy',
  'pipeline',
  'feedback',
  'design',
  'talk',
  'guild',
  'pairing',
  'checklist',
  'incident',
  'on-call',
  'estimate',
  'scope',
  'roadmap',
  'career',
  'promotion',
  'writing',
  'docs',
  'tests',
  'the',
  'a',
  'with',
  'about',
  'before',
  'after',
  'team',
  'customer',
  'latency',
  'query',
  'rollback',
  'flag',
  'release',
  'mentor',
  'goal',
  'practice',
  'read',
  'draft',
  'share',
  'ask',
  'plan',
  'learn',
  'build',
  'ship',
  'measure',
  'improve',
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const check = args.includes('--check');

if (!fs.existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run "npm run bench" (it builds first).');
  process.exit(2);
}

const generated = ensureGenerated();
const cmd = [cli, 'validate', '--dir', benchDir, '--format', 'json'];

// One warm-up run (file cache, node's compile cache), checked for sense, then the timed runs.
const first = spawnSync(process.execPath, cmd, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (first.status !== 0) {
  console.error(
    `bench: validate exited ${first.status}; the generated records should be clean.\n${first.stderr}${first.stdout.slice(0, 2000)}`,
  );
  process.exit(2);
}
const report = JSON.parse(first.stdout);
if (report.files !== generated) {
  console.error(`bench: validate checked ${report.files} files, ${generated} were generated.`);
  process.exit(2);
}

const seconds = [];
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, cmd, { stdio: ['ignore', 'ignore', 'pipe'] });
  seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  if (r.status !== 0) {
    console.error(`bench: run ${i + 1} exited ${r.status}`);
    process.exit(2);
  }
}
const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
const peak = peakMemoryMb();

console.log(
  `bench: ${report.files} files in ${path.relative(top, benchDir)}/ (${PARAMS.relationships} relationships x ${PARAMS.sessionsEach} sessions, plan.md and questions.md each); ${report.problems.length} problems`,
);
console.log(
  `bench: validate --format json, ${runs} runs: ${seconds.map((s) => s.toFixed(3)).join(' ')} s`,
);
console.log(
  `bench: median ${median.toFixed(3)} s, peak memory ${peak.mb.toFixed(0)} MB (${peak.how})`,
);
const ok = median < TARGET_SECONDS;
console.log(
  `bench summary: validate ${report.files} files, median ${median.toFixed(2)} s, peak ${peak.mb.toFixed(0)} MB, target < ${TARGET_SECONDS} s: ${ok ? 'ok' : 'SLOW'}`,
);
if (check && !ok) process.exit(1);

/** Peak resident memory of one validate run, in MB. */
function peakMemoryMb() {
  if (fs.existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB %M', process.execPath, ...cmd], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const m = /MAXRSS_KB (\d+)/.exec(r.stderr);
    if (m) return { mb: Number(m[1]) / 1024, how: '/usr/bin/time' };
  }
  // No GNU time: run the CLI inside a small wrapper that reports its own peak on exit.
  const wrapper = [
    `process.on('exit', () => process.stderr.write('MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));`,
    `process.argv = [process.argv[0], ...${JSON.stringify(cmd)}];`,
    `require(${JSON.stringify(cli)});`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', wrapper], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /MAXRSS_KB (\d+)/.exec(r.stderr);
  return { mb: m ? Number(m[1]) / 1024 : NaN, how: 'process.resourceUsage' };
}

/** Generates .bench/ unless it holds records made with the same parameters; returns the file count. */
function ensureGenerated() {
  const stamp = path.join(benchDir, 'bench-params.json');
  const expected = JSON.stringify(PARAMS);
  const count = PARAMS.relationships * (PARAMS.sessionsEach + 2);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === expected) return count;
  const started = Date.now();
  fs.rmSync(benchDir, { recursive: true, force: true });
  const root = path.join(benchDir, 'mentoring');
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, '.gitignore'), '*/private/\n');
  const rand = mulberry32(PARAMS.seed);
  for (let r = 0; r < PARAMS.relationships; r++) {
    const mentee = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    const mentor = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    const slug = `${mentee.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${r + 1}`;
    const dir = path.join(root, slug);
    fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'plan.md'), planText(rand, mentee, mentor));
    fs.writeFileSync(path.join(dir, 'questions.md'), questionsText(rand));
    let day = Date.UTC(2020, 0, 2) + r * 86_400_000;
    let previous = '';
    let ordinal = 1;
    for (let s = 0; s < PARAMS.sessionsEach; s++) {
      // Mostly a few days apart; now and then a second session the same day.
      if (s > 0 && rand() > 0.05) day += (1 + Math.floor(rand() * 6)) * 86_400_000;
      const date = new Date(day).toISOString().slice(0, 10);
      ordinal = date === previous ? ordinal + 1 : 1;
      previous = date;
      const name = ordinal === 1 ? `${date}.md` : `${date}-${ordinal}.md`;
      fs.writeFileSync(path.join(dir, 'sessions', name), sessionText(rand, date, mentee, mentor));
    }
  }
  fs.writeFileSync(stamp, expected);
  console.log(`bench: generated ${count} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return count;
}

function planText(rand, mentee, mentor) {
  const goals = [1, 2, 3]
    .map(
      (n) => `### G${n}: ${sentence(rand, 4, 8)}
- status: ${pick(rand, ['active', 'active', 'achieved', 'paused'])}
- target: 2027-0${n}-15
- measure: ${sentence(rand, 6, 12)}
- areas: src/${pick(rand, WORDS)}, docs

${paragraph(rand, 2)}
`,
    )
    .join('\n');
  return `---
mentee: ${mentee}
mentors: [${mentor}]
kind: one-to-one
started: 2020-01-01
cadence: biweekly
channel: video call, chat   # and the team channel
identities:
  - ${mentee.toLowerCase().replace(' ', '.')}@example.com
---
# Mentoring plan: ${mentee}

## Expectations
${paragraph(rand, 3)}

## Goals

${goals}`;
}

function questionsText(rand) {
  const lines = ['# Questions for next time'];
  for (let i = 0; i < 12; i++) {
    const done = rand() < 0.6;
    lines.push(
      `- [${done ? 'x' : ' '}] ${sentence(rand, 6, 14)}? (added 2021-03-${String(1 + i).padStart(2, '0')} by @${pick(rand, HANDLES)}${done ? ', discussed 2021-04-01' : ''})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function sessionText(rand, date, mentee, mentor) {
  const items = [];
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const due = rand() < 0.5 ? ` (due ${date})` : '';
    const goal = rand() < 0.5 ? ` #G${1 + Math.floor(rand() * 3)}` : '';
    items.push(
      `- [${rand() < 0.5 ? 'x' : ' '}] @${pick(rand, HANDLES)} ${sentence(rand, 4, 10)}${due}${goal}`,
    );
  }
  return `---
date: ${date}
attendees: [${mentee}, ${mentor}]
duration: ${pick(rand, ['30', '45', '1h', '60', '1h30m'])}
goals: [G${1 + Math.floor(rand() * 3)}]
head: ${hex(rand, 40)}
---
# Session ${date}

## Agenda
- ${sentence(rand, 3, 8)}
- ${sentence(rand, 3, 8)}
- Carry over: ${sentence(rand, 3, 6)}

## Notes
${paragraph(rand, 3)}

${paragraph(rand, 2)}

## Decisions
- ${sentence(rand, 5, 12)}

## Action items
${items.join('\n')}

## Reflection
${paragraph(rand, 1)}

## Next time
- ${sentence(rand, 4, 9)}
`;
}

function paragraph(rand, sentences) {
  return Array.from({ length: sentences }, () => `${sentence(rand, 8, 20)}.`).join(' ');
}

function sentence(rand, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const words = Array.from({ length: n }, () => pick(rand, WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ');
}

function hex(rand, length) {
  return Array.from({ length }, () => Math.floor(rand() * 16).toString(16)).join('');
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** A small seeded generator, so every machine benchmarks the same files. */
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
