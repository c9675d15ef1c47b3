import * as path from 'node:path';
import { topicRequestFor } from '../core/records/topicRequest';
import { computeTopics, type TopicGoal } from '../core/topics/computeTopics';
import type { HistoryData } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import { GitError } from '../git/gitError';
import { readHistory, type HistoryRequest } from '../git/readHistory';
import { repoState } from '../git/repoState';
import { loadRelationship } from '../store/loadRelationship';
import type { CliContext } from './cliContext';
import { UsageError } from './parseArgs';

/** The code repository's top folder for `--repo` (or the folder itself); git's failures as usage errors. */
export async function repoTop(dir: string): Promise<string> {
  try {
    return (await repoState(dir)).top;
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(e.message);
    throw e;
  }
}

/** Reads the history and ranks it; the records root inside the repository is never a topic. */
export async function mineTopics(
  ctx: CliContext,
  top: string,
  request: HistoryRequest,
  goals: readonly TopicGoal[] = [],
): Promise<{ data: HistoryData; topics: Topic[] }> {
  let data: HistoryData;
  try {
    data = await readHistory(top, request);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(e.message);
    throw e;
  }
  const now = Date.parse(`${data.range.until}T23:59:59Z`) / 1000;
  const records = path.relative(top, ctx.records.root).split(path.sep).join('/');
  const exclude = records && !records.startsWith('..') ? [records] : [];
  const topics = computeTopics(data, { goals, now, exclude, identities: request.authors });
  return { data, topics };
}

/** A relationship's topics since its last session, for other verbs (`questions --for`). */
export async function relationshipTopics(
  ctx: CliContext,
  slug: string,
  range: { since?: string; until?: string; repo?: string; includeMerges?: boolean } = {},
): Promise<{ data: HistoryData; topics: Topic[] }> {
  const top = await repoTop(range.repo ?? ctx.dir);
  const rel = loadRelationship(ctx.records.root, slug);
  const r = topicRequestFor(rel, {
    since: range.since,
    until: range.until,
    today: ctx.today,
    repoName: path.basename(top),
  });
  if (!r.authors.length)
    throw new UsageError(`${slug}: the plan names no mentee or identities to read commits of`);
  const goals = (rel.plan?.goals ?? []).map((g) => ({ id: g.id, title: g.title, areas: g.areas }));
  return mineTopics(
    ctx,
    top,
    {
      authors: r.authors,
      sinceHead: r.sinceHead,
      since: r.since,
      until: r.until,
      includeMerges: range.includeMerges,
    },
    goals,
  );
}
