import * as path from 'node:path';
import { locateRecords, rootNameProblem, type RecordsLocation } from '../store/recordsRoot';
import type { OutputSink } from './outputSink';
import { UsageError } from './parseArgs';

/**
 * What every verb gets: where it runs, where the records are, today's date, and the output sink
 * (`out`/`err` print one escaped line a call; `outLines` text whose line breaks the CLI wrote).
 */
export interface CliContext extends OutputSink {
  /** The folder given by --dir (absolute). */
  dir: string;
  records: RecordsLocation;
  rootName: string;
  today: string;
  /** True when stdout is a terminal: listings then default to plain text instead of markdown. */
  isTerminal: boolean;
}

/** Builds the context from the global options. */
export function makeContext(
  dirOption: string | undefined,
  rootOption: string | undefined,
  cwd: string,
  today: string,
  sink: OutputSink,
  isTerminal = false,
): CliContext {
  const rootName = rootOption ?? 'mentoring';
  const why = rootNameProblem(rootName);
  if (why) throw new UsageError(why);
  const dir = path.resolve(cwd, dirOption ?? '.');
  return { dir, records: locateRecords(dir, rootName), rootName, today, isTerminal, ...sink };
}

/** A path for output: relative to --dir, with "/" separators. */
export function shown(ctx: CliContext, file: string): string {
  return path.relative(ctx.dir, file).split(path.sep).join('/') || '.';
}
