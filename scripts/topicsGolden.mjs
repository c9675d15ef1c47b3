// Speed work must not change what the learning topics say. This script keeps the built CLI's
// `topics --format json` output for a fixed set of histories, and later compares a new build's
// output with it, field by field:
//
//   node scripts/topicsGolden.mjs save DIR      (before the change, on the old build)
//   node scripts/topicsGolden.mjs compare DIR   (after it; exits 1 on any difference)
//
// The histories: the bench's synthetic repositories (.bench/topics-*, mentee alex@example.com,
// the bench's range; .bench/repos/work-history, the three-repository mentee) and every labelled
// contributor of the topic evaluation (test/fixtures/topic-eval, repositories under
// MJ_EVAL_REPOS, default /work/evalrepos, at the label's pinned commit; others are skipped).
// Nothing is scored: the labels' judgements are not read, only their ranges and identities.
// Every run is cold (--no-cache) and the clock is the range's end, so two builds that read the
// same history the same way print the same JSON.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv } from './benchRepo.mjs';

const top = path.resolve(new URL('..', import.meta.url).pathname);
const cli = path.join(top, 'dist', 'cli.js');
const [mode, dir] = process.argv.slice(2);
if (!['save', 'compare'].includes(mode) || !dir) {
  console.error('usage: node scripts/topicsGolden.mjs save|compare DIR');
  process.exit(2);
}
const env = { ...isolatedGitEnv(), TZ: 'UTC' };

/** Every history to run: a name and the CLI's arguments after `topics`. */
function cases() {
  const out = [];
  const bench = path.join(top, '.bench');
  for (const name of fs.existsSync(bench) ? fs.readdirSync(bench).sort() : []) {
    if (!/^topics-[0-9a-f]+$/.test(name)) continue;
    out.push({
      name: `synthetic-${name}`,
      args: [
        '--author',
        'alex@example.com',
        '--repo',
        path.join(bench, name),
        '--since',
        '2025-11-21',
        '--until',
        '2026-11-20',
      ],
    });
  }
  const repos = path.join(bench, 'repos');
  if (fs.existsSync(path.join(repos, 'work-history'))) {
    out.push({
      name: 'synthetic-three-repositories',
      args: [
        'alex',
        '--dir',
        path.join(repos, 'records-history'),
        '--repos-dir',
        path.join(repos, 'work-history'),
        '--since',
        '2025-11-21',
        '--until',
        '2026-11-20',
      ],
    });
  }
  const labels = path.join(top, 'test', 'fixtures', 'topic-eval');
  const evalRepos = process.env.MJ_EVAL_REPOS ?? '/work/evalrepos';
  for (const file of fs
    .readdirSync(labels)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const label = JSON.parse(fs.readFileSync(path.join(labels, file), 'utf8'));
    const repo = path.join(evalRepos, label.repo);
    const head = spawnSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { env, encoding: 'utf8' });
    if (head.status !== 0 || head.stdout.trim() !== label.head) {
      console.log(`golden: skipped ${file}: ${repo} is not at ${label.head}`);
      continue;
    }
    out.push({
      name: file.replace(/\.json$/, ''),
      args: [
        ...label.authors.flatMap((a) => ['--author', a]),
        '--repo',
        repo,
        '--since',
        label.since,
        '--until',
        label.until,
      ],
    });
  }
  return out;
}

fs.mkdirSync(dir, { recursive: true });
let differ = 0;
for (const c of cases()) {
  const r = spawnSync(
    process.execPath,
    [cli, 'topics', ...c.args, '--format', 'json', '--no-cache', '--all'],
    { env, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (r.status !== 0) {
    console.error(`golden: ${c.name}: exited ${r.status}: ${r.stderr}`);
    process.exit(2);
  }
  const text = `${JSON.stringify(JSON.parse(r.stdout), null, 1)}\n`;
  const file = path.join(dir, `${c.name}.json`);
  if (mode === 'save') {
    fs.writeFileSync(file, text);
    console.log(`golden: saved ${c.name}`);
    continue;
  }
  if (!fs.existsSync(file)) {
    console.log(`golden: ${c.name}: nothing saved to compare with`);
    differ++;
    continue;
  }
  const before = fs.readFileSync(file, 'utf8');
  if (before === text) {
    console.log(`golden: ${c.name}: same`);
    continue;
  }
  differ++;
  fs.writeFileSync(`${file}.new`, text);
  const a = before.split('\n');
  const b = text.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  console.log(
    `golden: ${c.name}: DIFFERS (first at line ${at + 1}: ${JSON.stringify(a[at])} -> ${JSON.stringify(b[at])}); new output in ${file}.new`,
  );
}
if (mode === 'compare') {
  console.log(differ === 0 ? 'golden: every output is the same' : `golden: ${differ} differ`);
  process.exit(differ === 0 ? 0 : 1);
}
