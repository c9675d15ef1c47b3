// CLI start against bare node (issue 19 point 4): `mentoring-journal --version`, `--help`, and
// `validate` on a small records folder, each timed as a whole process (spawn to exit) and compared
// with `node -e 0`. Bare node and the CLI alternate run by run, so drift in the machine's speed
// touches both alike. Target: --version and --help at most 1.2 times bare node.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const TARGET_RATIO = 1.2;

/**
 * Runs the benchmark with `cli` (dist/cli.js) and `runs` timed runs of each command (after one
 * warm-up); prints medians and ratios and returns whether --version and --help met the target.
 */
export function benchCliStart(cli, runs = 15) {
  const folder = smallRecords(cli);
  try {
    const cases = [
      ['--version', [cli, '--version']],
      ['--help', [cli, '--help']],
      ['validate (3 files)', [cli, 'validate', '--dir', folder]],
    ];
    const bare = ['-e', '0'];
    let ok = true;
    for (const [label, args] of cases) {
      const ours = [];
      const node = [];
      timed(bare);
      timed(args);
      for (let i = 0; i < runs; i++) {
        node.push(timed(bare));
        ours.push(timed(args));
      }
      const ratio = median(ours) / median(node);
      const held = label.startsWith('--') ? ratio <= TARGET_RATIO : true;
      ok = ok && held;
      console.log(
        `bench cli-start ${label}: median ${ms(median(ours))} vs bare node ${ms(median(node))} (${runs} runs each): ${ratio.toFixed(2)}x${label.startsWith('--') ? ` (target <= ${TARGET_RATIO}x: ${held ? 'ok' : 'SLOW'})` : ''}`,
      );
    }
    return ok;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Wall time in seconds of one `node ARGS` that must succeed. */
function timed(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return seconds;
}

/** A temporary folder with one relationship made by the CLI's own init: plan, questions, .gitignore. */
function smallRecords(cli) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-cli-start-'));
  const init = spawnSync(
    process.execPath,
    [
      cli,
      'init',
      '--dir',
      folder,
      '--mentee',
      'Alex Rivera',
      '--mentor',
      'Sam Lee',
      '--started',
      '2026-11-02',
    ],
    { encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  return folder;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ms(seconds) {
  return `${(seconds * 1000).toFixed(1)} ms`;
}
