import * as fs from 'node:fs';
import * as path from 'node:path';
import { problem, type Problem } from '../core/problem';
import { isPrivatePath } from '../core/records/privatePath';
import { GitError } from '../git/gitError';
import { repoState } from '../git/repoState';
import { stagedPaths } from '../git/stagedPaths';
import { listRecordFiles } from '../store/listRecordFiles';
import { validateRecordFile, type ValidationReport } from '../store/validateRecords';
import type { CliContext } from './cliContext';
import { UsageError } from './parseArgs';

/**
 * `validate --staged`: the records files staged in git, validated as they are on disk (so a
 * pre-commit hook is not blocked by unrelated files), plus an error for every staged path inside
 * a private folder. No records folder means nothing to check. Outside a repository, or without
 * git, a usage error (exit 2).
 */
export async function validateStaged(ctx: CliContext): Promise<ValidationReport> {
  const root = ctx.records.root;
  const hasRoot = fs.existsSync(root);
  let top: string;
  let staged: string[];
  try {
    // The records root's own repository: it may be a separate one nested in the folder.
    const where = hasRoot ? root : ctx.dir;
    top = (await repoState(where)).top;
    staged = await stagedPaths(where);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`--staged needs git: ${e.message}`);
    throw e;
  }
  if (!hasRoot) return { files: 0, problems: [] };
  const realTop = fs.realpathSync(top);
  const prefix = path.relative(realTop, fs.realpathSync(root)).split(path.sep).join('/');
  const base = fs.realpathSync(ctx.dir);
  const display = (repoRelative: string) =>
    path.relative(base, path.join(realTop, repoRelative)).split(path.sep).join('/');
  const problems: Problem[] = [];
  const stagedRecords = new Set<string>();
  for (const p of staged) {
    if (prefix !== '' && !p.startsWith(`${prefix}/`)) continue;
    const rel = prefix === '' ? p : p.slice(prefix.length + 1);
    if (isPrivatePath(rel)) {
      const name = display(p);
      problems.push(
        problem(
          name,
          1,
          1,
          'error',
          'private-staged',
          `Private note "${name}" is staged for commit; private notes never go into git. Unstage it with: git restore --staged -- ${quoteForShell(name)}`,
        ),
      );
    } else stagedRecords.add(rel);
  }
  // The same notion of "a records file" as a full validate; a staged deletion is not on disk.
  const files = listRecordFiles(root).filter((rel) => stagedRecords.has(rel));
  for (const rel of files) {
    problems.push(
      ...validateRecordFile(root, rel, display(prefix === '' ? rel : `${prefix}/${rel}`)),
    );
  }
  return { files: files.length, problems };
}

/** A path as one shell word, quoted only when it needs to be. */
function quoteForShell(p: string): string {
  return /^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replaceAll("'", `'\\''`)}'`;
}
