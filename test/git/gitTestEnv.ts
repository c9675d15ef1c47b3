// Shared by the git-tier suites: process-wide git isolation and a small records repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, isolatedGitEnv, makeRepo } from '../support/cli';

/** simple-git passes our environment on to git: isolate it from the user's config for a suite. */
export function isolateProcessEnv(home: string): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, isolatedGitEnv(home));
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

/** Writes a file (making its folders), relative to `dir`. */
export function write(dir: string, relative: string, text: string): void {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * A repository with code and committed records: `mentoring/.gitignore` (the private rule),
 * `mentoring/alex/plan.md`, `questions.md` and one session.
 */
export function makeRecordsRepo(dir: string): void {
  makeRepo(dir);
  write(dir, 'src/app.ts', 'export const app = 1;\n');
  write(dir, 'mentoring/.gitignore', '*/private/\n');
  write(dir, 'mentoring/alex/plan.md', '# Plan\n');
  write(dir, 'mentoring/alex/questions.md', '# Questions\n');
  write(dir, 'mentoring/alex/sessions/2026-11-09.md', '# Session\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Records');
}

/** The paths changed by a commit, sorted. */
export function committedPaths(dir: string, rev = 'HEAD'): string[] {
  return git(dir, 'show', '--name-only', '--format=', rev)
    .split('\n')
    .filter((l) => l !== '')
    .sort();
}

/** Each top-level git run in a GIT_TRACE2_EVENT file: its words after git's own options. */
export function gitRunsIn(trace: string): string[][] {
  if (!fs.existsSync(trace)) return [];
  const runs: string[][] = [];
  for (const line of fs.readFileSync(trace, 'utf8').split('\n')) {
    if (line === '') continue;
    const event = JSON.parse(line) as { event: string; sid: string; argv?: string[] };
    // A run git itself started (a hook, a filter) has a sid with a parent part.
    if (event.event !== 'start' || event.sid.includes('/') || !event.argv) continue;
    const argv = event.argv.slice(1);
    let i = 0;
    while (i < argv.length && argv[i].startsWith('-')) i += argv[i] === '-c' ? 2 : 1;
    runs.push(argv.slice(i));
  }
  return runs;
}

/** The git commands (`rev-parse`, `config`...) that `run` starts, traced into a file in `dir`. */
export async function gitCommandsOf(dir: string, run: () => Promise<unknown>): Promise<string[]> {
  return (await gitRunsOf(dir, run)).map((argv) => argv[0]);
}

/** Each top-level git run that `run` starts (gitRunsIn's words), traced into a file in `dir`. */
export async function gitRunsOf(dir: string, run: () => Promise<unknown>): Promise<string[][]> {
  const trace = path.join(dir, `trace-${process.hrtime.bigint()}.json`);
  process.env.GIT_TRACE2_EVENT = trace;
  try {
    await run();
  } finally {
    delete process.env.GIT_TRACE2_EVENT;
  }
  const runs = gitRunsIn(trace);
  fs.rmSync(trace, { force: true });
  return runs;
}
