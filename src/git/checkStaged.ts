import * as path from 'node:path';
import { problem, type Problem } from '../core/problem';
import { isPrivatePath } from '../core/records/privatePath';
import { isRecordFilePath } from '../core/records/recordFilePath';
import { validateRecord } from '../core/records/validateRecord';
import { decodeRecordBytes, MAX_FILE_BYTES, tooLargeProblem } from '../core/text/decode';
import { readBlobs } from './readBlobs';
import { realish } from './realish';
import { runGitCapture } from './runGitCapture';
import { stagedChanges } from './stagedPaths';
import { t } from '../core/l10n';

/** What checkStaged looks at. */
export interface StagedCheckRequest {
  /** Where git runs: a folder of the work tree (git's own variables in `env` take precedence). */
  cwd: string;
  /** The records root (absolute). Staged paths outside it are not looked at. */
  root: string;
  /** The environment git gets: a hook's own (see hookGitEnv), so the commit's index is read. */
  env?: NodeJS.ProcessEnv;
  /** How problems name a path given relative to the work tree's top `top` (default: as is). */
  nameOf?: (repoRelative: string, top: string) => string;
}

/** The outcome of a staged check: records files validated and the problems found. */
export interface StagedCheckReport {
  files: number;
  problems: Problem[];
}

/**
 * Checks exactly what the next commit will contain under the records root: the index git names
 * in `env`, compared with HEAD. A path added or modified inside a relationship's private folder
 * is an error (`private-staged`); a deletion there is allowed, since that is how a leaked note is
 * taken out again. Every records file added or modified is validated as its STAGED blob, not as
 * the file on disk (`git add -p` stages other bytes than the work tree holds). Links and
 * submodules are not records and are not read. Throws GitError when git cannot run or there is
 * no repository.
 */
export async function checkStaged(request: StagedCheckRequest): Promise<StagedCheckReport> {
  const { cwd, env } = request;
  const top = (await runGitCapture({ cwd, env, args: ['rev-parse', '--show-toplevel'] }))
    .toString('utf8')
    .replace(/\n$/, '');
  const nameOf = request.nameOf ?? ((p: string) => p);
  const prefix = path.relative(realish(top), realish(request.root)).split(path.sep).join('/');
  if (prefix === '..' || prefix.startsWith('../') || path.isAbsolute(prefix)) {
    return { files: 0, problems: [] };
  }
  const problems: Problem[] = [];
  const toRead: { rel: string; name: string; blob: string }[] = [];
  for (const change of await stagedChanges(cwd, env)) {
    if (change.status === 'D') continue;
    if (prefix !== '' && !change.path.startsWith(`${prefix}/`)) continue;
    const rel = prefix === '' ? change.path : change.path.slice(prefix.length + 1);
    const name = nameOf(change.path, top);
    if (isPrivatePath(rel)) problems.push(privateStaged(name));
    else if (isRecordFilePath(rel) && /^1006[0-7]{2}$/.test(change.mode)) {
      toRead.push({ rel, name, blob: change.blob });
    }
  }
  const blobs = await readBlobs(
    cwd,
    env,
    toRead.map((f) => f.blob),
    MAX_FILE_BYTES,
  );
  for (const file of toRead) {
    const read = blobs.get(file.blob);
    if (!read) continue;
    if ('tooLarge' in read) {
      problems.push(tooLargeProblem(file.name, read.tooLarge));
      continue;
    }
    const decoded = decodeRecordBytes(file.name, read.bytes);
    problems.push(
      ...(decoded.ok ? validateRecord(file.name, file.rel, decoded.value.text) : [decoded.problem]),
    );
  }
  return { files: toRead.length, problems };
}

function privateStaged(name: string): Problem {
  return problem(
    name,
    1,
    1,
    'error',
    'private-staged',
    t(
      'Private note "{0}" is staged for commit; private notes never go into git. Unstage it with: git restore --staged -- {1}',
      name,
      quoteForShell(name),
    ),
  );
}

/** A path as one shell word, quoted only when it needs to be. */
function quoteForShell(p: string): string {
  return /^[\w./@%+=:,-]+$/.test(p) && !p.startsWith('-') ? p : `'${p.replaceAll("'", `'\\''`)}'`;
}
