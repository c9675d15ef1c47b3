import * as path from 'node:path';
import { locateRecords, rootNameProblem, type RecordsLocation } from '../store/recordsRoot';
import { UsageError } from './parseArgs';

/** What every verb gets: where it runs, where the records are, today's date, and output streams. */
export interface CliContext {
  /** The folder given by --dir (absolute). */
  dir: string;
  records: RecordsLocation;
  rootName: string;
  today: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Builds the context from the global options. */
export function makeContext(
  dirOption: string | undefined,
  rootOption: string | undefined,
  cwd: string,
  today: string,
  out: (line: string) => void,
  err: (line: string) => void,
): CliContext {
  const rootName = rootOption ?? 'mentoring';
  const why = rootNameProblem(rootName);
  if (why) throw new UsageError(why);
  const dir = path.resolve(cwd, dirOption ?? '.');
  return { dir, records: locateRecords(dir, rootName), rootName, today, out, err };
}

/** A path for output: relative to --dir, with "/" separators. */
export function shown(ctx: CliContext, file: string): string {
  return path.relative(ctx.dir, file).split(path.sep).join('/') || '.';
}
