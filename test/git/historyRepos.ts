// Builds temporary repositories with fixed authors and dates for the history-reading suites.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HistoryData } from '../../src/core/topics/historyData';
import type { HistoryFocus } from '../../src/core/topics/historyFocus';
import { isolatedGitEnv } from '../support/cli';

/** An author or committer identity. */
export interface Person {
  name: string;
  email: string;
}

/** The mentee of most scenarios. */
export const ALEX: Person = { name: 'Alex Rivera', email: 'alex@example.com' };
/** Other authors. */
export const BO: Person = { name: 'Bo Lind', email: 'bo@example.com' };
export const CY: Person = { name: 'Cy Park', email: 'cy@example.com' };

/** One commit to make: who, when, what message, which files (null deletes one). */
export interface CommitSpec {
  author?: Person;
  /** The author date, ISO 8601 with a zone ("2026-03-01T10:00:00Z"); also the committer date. */
  date: string;
  message?: string;
  files?: Record<string, string | Buffer | null>;
  /** The committer, when it differs from the author. */
  committer?: Person;
  /** The committer date, when it differs from the author date. */
  committerDate?: string;
}

/** Runs git in `cwd` with an isolated environment plus `env`; throws with stderr on failure. */
export function runGitIn(
  cwd: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {},
): string {
  const r = spawnSync('git', args, {
    cwd,
    env: { ...isolatedGitEnv(cwd), ...options.env },
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A repository being built commit by commit, each with the identity and date it is given. */
export class HistoryRepo {
  private constructor(readonly dir: string) {}

  /** `git init` on branch main in an existing empty folder. */
  static init(dir: string): HistoryRepo {
    runGitIn(dir, ['init', '-q', '-b', 'main']);
    runGitIn(dir, ['config', 'user.name', 'Nobody']);
    runGitIn(dir, ['config', 'user.email', 'nobody@example.com']);
    runGitIn(dir, ['config', 'commit.gpgsign', 'false']);
    return new HistoryRepo(dir);
  }

  /** Writes and stages the files, then commits them verbatim as the given author; the new sha. */
  commit(spec: CommitSpec): string {
    for (const [file, content] of Object.entries(spec.files ?? {})) {
      const full = path.join(this.dir, file);
      if (content === null) fs.rmSync(full, { force: true });
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, content);
      }
    }
    // No file names on the command line: a file named like an option cannot become one.
    runGitIn(this.dir, ['add', '-A']);
    const author = spec.author ?? ALEX;
    const committer = spec.committer ?? author;
    runGitIn(
      this.dir,
      ['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-'],
      {
        input: spec.message ?? 'Change',
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: spec.date,
          GIT_COMMITTER_NAME: committer.name,
          GIT_COMMITTER_EMAIL: committer.email,
          GIT_COMMITTER_DATE: spec.committerDate ?? spec.date,
        },
      },
    );
    return this.head();
  }

  /**
   * Merges `branch` into the current branch with a merge commit (git's own message, or
   * `message`, such as GitHub's "Merge pull request #12 from ..."); the merge's sha.
   */
  merge(branch: string, date: string, author: Person = ALEX, message?: string): string {
    const how = message === undefined ? ['--no-edit'] : ['-m', message];
    runGitIn(this.dir, ['merge', '-q', '--no-ff', ...how, branch], {
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
        GIT_COMMITTER_DATE: date,
      },
    });
    return this.head();
  }

  /** The full sha HEAD points at. */
  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Runs git in the repository with the isolated environment. */
  git(...args: string[]): string {
    return runGitIn(this.dir, args);
  }
}

/**
 * Adds `count` commits by `author`, one per `stepSeconds` from `startSeconds`, each changing one
 * of 50 files, in one `git fast-import` (much faster than `git commit` per commit). For an empty
 * repository: the first commit has no parent.
 */
export function fastImportCommits(
  dir: string,
  count: number,
  options: { author?: Person; startSeconds?: number; stepSeconds?: number } = {},
): void {
  const author = options.author ?? ALEX;
  const start = options.startSeconds ?? Date.parse('2026-01-01T00:00:00Z') / 1000;
  const step = options.stepSeconds ?? 60;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const time = start + i * step;
    const message = `Change ${i}\n`;
    const content = `line ${i}\n`;
    parts.push(
      'commit refs/heads/main',
      `author ${author.name} <${author.email}> ${time} +0000`,
      `committer ${author.name} <${author.email}> ${time} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      `M 644 inline src/m${i % 50}/file${i % 7}.txt`,
      `data ${Buffer.byteLength(content)}`,
      content,
    );
  }
  runGitIn(dir, ['fast-import', '--quiet'], { input: parts.join('\n') + '\n' });
}

/**
 * readHistory's `focus` as if every commit of the range made a top story: others' activity in
 * every file it changed (and its name before a move) and their changes to its lines are read (surfaceTopics asks for the top
 * stories' alone).
 */
export function focusOnAll(data: HistoryData): HistoryFocus {
  return {
    paths: [
      ...new Set(data.commits.flatMap((c) => c.files.flatMap((f) => [f.path, f.oldPath ?? '']))),
    ].filter((p) => p !== ''),
    commits: data.commits.map((c) => c.sha),
  };
}
