import { addDays } from '../core/dates';
import {
  DEFAULT_TOPIC_DAYS,
  topicRequestFor,
  type TopicRequest,
} from '../core/records/topicRequest';
import type { HistoryData } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import { mergeHistoryData, mergeRepositoryTopics } from '../core/topics/mergeRepositoryTopics';
import { mapBounded } from '../core/mapBounded';
import { codeRepositories, emptyHistory, missingNote } from './codeRepositories';
import { done, failed, type Outcome } from './outcome';
import type { Clock, GitPort, Progress, RecordsPort } from './ports';
import { t } from '../core/l10n';
import {
  shownHistory,
  topicsResultFrom,
  topicsResultKey,
  topicsResultText,
} from './topicsResultCache';

// Repositories read at once: each read already runs a few git processes side by side.
const PARALLEL_READS = 3;

/** Which history to read: since the last session (default), the last N days, or explicit dates. */
export interface TopicRange {
  since?: string;
  until?: string;
  days?: number;
  /** Since the last session before this date (for an agenda of that date). */
  before?: string;
}

/** Surface learning topics for a relationship's mentee, or for authors given directly. */
export interface SurfaceTopicsRequest {
  /** The relationship: its plan names the mentee's identities and goals. */
  slug?: string;
  /** Instead of a relationship: these emails or names, over the last 30 days unless `since`. */
  authors?: string[];
  range: TopicRange;
  includeMerges?: boolean;
}

/** What was read and what it ranks as. */
export interface SurfacedTopics {
  /**
   * What was read, as it is shown (topicsResultCache.ts, shownHistory): range, commits, notes,
   * hints; not the raw reads the ranking used.
   */
  data: HistoryData;
  topics: Topic[];
  /** How the range was chosen, for people ("since the last session (abc1234)"). */
  basis: string;
  /** The identities the commits were matched against. */
  authors: string[];
  /** The repository read, as the git port names it (the first, when several were read). */
  repository: string;
  /** Every repository read, as topics name them (`Topic.repository`), with where it is. */
  repositories: { repository: string; top: string }[];
  /** Repositories the plan names that were not found (see the notes for what to do). */
  missingRepositories: string[];
}

/** The ports surfaceTopics uses. */
export interface SurfaceTopicsPorts {
  records: RecordsPort;
  git: GitPort;
  clock: Clock;
  progress: Progress;
}

/**
 * Reads the mentee's history through git and ranks its topics. The mentee's own mentoring
 * records are never a topic: the records root's folder in the repository is left out. After the
 * ranking, one more read gives the recent activity in the top stories' files, and withRelevance
 * picks each story's expert from it (never the user, the plan's mentors, the mentee or the
 * story's reviewers) and its docs by what they are about.
 */
export async function surfaceTopics(
  request: SurfaceTopicsRequest,
  ports: SurfaceTopicsPorts,
): Promise<Outcome<SurfacedTopics>> {
  const unavailable = ports.git.unavailable();
  if (unavailable) return failed('refused', unavailable);
  // Started first, beside the records and the repositories: each is a git run or two.
  const identity = ports.git.userIdentity();
  identity.catch(() => undefined); // awaited below; never an unhandled rejection before then
  const rel =
    request.slug === undefined ? undefined : await ports.records.readRelationship(request.slug);
  const repos = await codeRepositories(rel?.plan?.repositories ?? [], ports.git);
  if (!repos.ok) return failed('git', repos.message);
  const today = ports.clock.today();
  let goals: { id: string; title: string; areas: string[] }[] = [];
  const requestIn = (repoName: string): TopicRequest => {
    if (!rel) {
      const until = request.range.until ?? today;
      const since = request.range.since ?? addDays(until, -DEFAULT_TOPIC_DAYS);
      return { authors: request.authors ?? [], since, until, basis: 'custom' };
    }
    return topicRequestFor(rel, { ...request.range, today, repoName });
  };
  // The plan's mentors look at these topics: never offered as the mentee's expert.
  const mentors: string[] = rel?.plan?.mentors ?? [];
  if (rel) {
    goals = (rel.plan?.goals ?? []).map((g) => ({ id: g.id, title: g.title, areas: g.areas }));
    if (!requestIn('').authors.length)
      return failed(
        'refused',
        t(
          '{0}/plan.md names no mentee or git identities, so there are no commits to read.',
          request.slug ?? '',
        ),
        `${request.slug}/plan.md`,
      );
  }
  const cache = ports.git.results;
  const [user, tips] = await Promise.all([
    identity,
    cache && ports.git.tips ? ports.git.tips(repos.found.map((r) => r.top)) : undefined,
  ]);
  const viewers = [...user, ...mentors];
  // The finished ranking of an earlier run, when nothing it depends on has changed: the
  // repositories' tips and tags, the resolved request, the plan's inputs, the viewer and the code.
  const key =
    cache && tips && tips.every((state) => state !== undefined)
      ? topicsResultKey({
          codeVersion: cache.codeVersion,
          slug: request.slug,
          includeMerges: request.includeMerges === true,
          repositories: repos.found.map((r, i) => ({
            ...r,
            tip: tips[i]?.tip ?? null,
            ...(tips[i]?.tags !== undefined ? { tags: tips[i]?.tags } : {}),
            asked: requestIn(r.name),
          })),
          missing: repos.missing,
          goals,
          mentors,
          viewers,
        })
      : undefined;
  const kept = key === undefined ? undefined : await cache?.read(key);
  const served = kept === undefined ? undefined : topicsResultFrom(kept);
  if (served) return done(served);
  // The ranking's modules load only now: a run served from the kept ranking never needs them.
  const [{ computeTopics }, { expertPaths, withRelevance }, { historyFocus }] = await Promise.all([
    import('../core/topics/computeTopics'),
    import('../core/topics/withRelevance'),
    import('../core/topics/historyFocus'),
  ]);
  ports.progress.report(t('reading git history…'));
  // Each repository is read and ranked on its own (paths, experts and docs are its own), a few
  // at a time, then the rankings are merged.
  const parts = await mapBounded(repos.found, PARALLEL_READS, async (repo) => {
    const asked = requestIn(repo.name);
    const exclude = repo.recordsPath ? [repo.recordsPath] : [];
    const rank = (data: HistoryData) =>
      computeTopics(data, {
        goals,
        now: Date.parse(`${data.range.until}T23:59:59Z`) / 1000,
        exclude,
        identities: asked.authors,
      });
    // The read ranks what it found to know the top stories, whose files alone it reads further
    // (experts, same-lines follow-ups); that ranking is kept when nothing it reads changes it.
    let first: { ranked: Topic[]; followUps: number } | undefined;
    const read = await ports.git.readHistory(
      {
        authors: asked.authors,
        sinceHead: asked.sinceHead,
        since: asked.since,
        until: asked.until,
        includeMerges: request.includeMerges,
        focus: (data) => {
          const ranked = rank(data);
          first = { ranked, followUps: data.followUps?.length ?? 0 };
          return historyFocus(ranked, data);
        },
      },
      ports.progress,
      repo.top,
    );
    if (!read.ok) return read;
    const data = read.data;
    // Said on this run only: the ranking is then not kept (below), so a later run that can
    // write the cache never repeats it.
    if (read.unwritten)
      data.notes.push(t('The history cache was not written: {0}', read.unwritten));
    // A story others changed soon after ranks higher: ranked again when the read found some.
    const ranked =
      first && first.followUps === (data.followUps?.length ?? 0) ? first.ranked : rank(data);
    // The second step: experts from the recent activity in the top stories' own files, and docs
    // by what they are about. The history read has the activity when it took the focus; a port
    // that did not read it is asked for the top stories' files.
    const paths = data.fileActivity ? [] : expertPaths(ranked, data);
    if (paths.length > 0 && data.range.toSha) {
      ports.progress.report(t('reading who knows these files…'));
      const activity = await ports.git.readFileActivity(
        { paths, toSha: data.range.toSha, until: data.range.until },
        ports.progress,
        repo.top,
      );
      if (activity.ok) data.fileActivity = activity.activity;
      else if (activity.cancelled)
        return { ok: false as const, cancelled: true, message: activity.message };
      else data.notes.push(t('Experts are not suggested: {0}', activity.message));
    }
    const topics = withRelevance(ranked, data, { identities: asked.authors, viewers });
    return {
      ok: true as const,
      part: { repository: repo.repository, data, topics },
      asked,
      kept: !read.unwritten,
    };
  });
  // A cancel stops everything. One repository git cannot read (damaged, gone since it was found)
  // does not hide the others' topics: it is named in a note. Every one failing is a failure.
  const cancelled = parts.find((p) => !p.ok && p.cancelled);
  if (cancelled && !cancelled.ok) return failed('cancelled', cancelled.message);
  const unread = parts.flatMap((p, i) =>
    p.ok ? [] : [{ repo: repos.found[i], message: p.message }],
  );
  if (unread.length > 0 && unread.length === parts.length) return failed('git', unread[0].message);
  const read = parts.flatMap((p) => (p.ok ? [p] : []));
  const merged = read.map((p) => p.part);
  const first = read[0]?.asked ?? requestIn('');
  const data = merged.length ? mergeHistoryData(merged) : emptyHistory(first);
  if (repos.missing.length) data.notes.push(missingNote(repos.missing));
  for (const u of unread)
    data.notes.push(
      t('{0} could not be read, so it has no topics here: {1}', u.repo.repository, u.message),
    );
  const result: SurfacedTopics = {
    data: shownHistory(data),
    topics: mergeRepositoryTopics(merged),
    basis: describeBasis(first, data.range.fromSha),
    authors: first.authors,
    repository: repos.found[0]?.top ?? '',
    repositories: repos.found.map((r) => ({ repository: r.repository, top: r.top })),
    missingRepositories: repos.missing,
  };
  // Kept only when every repository was read at the tip the key names (HEAD did not move
  // between the two), so a result is never served for a history it was not read from.
  const readAtTips = read.every(
    (p, i) => (p.part.data.range.toSha ?? null) === (tips?.[i]?.tip ?? null),
  );
  // Nor for a shallow or partial clone: `git fetch --unshallow` changes its history, not its
  // HEAD, so the key could not tell the two apart.
  const whole = read.every((p) => !p.part.data.partial);
  // Nor when a history cache could not be written: its note belongs to this run alone.
  const cachedWhole = read.every((p) => p.kept);
  if (
    key !== undefined &&
    cache &&
    read.length === repos.found.length &&
    readAtTips &&
    whole &&
    cachedWhole
  )
    await cache.write(key, topicsResultText(result));
  return done(result);
}

function describeBasis(request: TopicRequest, fromSha: string | undefined): string {
  if (request.basis === 'last-session')
    return fromSha
      ? t('since the last session ({0})', fromSha.slice(0, 7))
      : t('since the last session ({0})', request.since ?? '');
  if (request.basis === 'days') return t('since {0}', request.since ?? '');
  return request.since
    ? t('{0} to {1}', request.since, request.until)
    : t('the start to {0}', request.until);
}
