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
