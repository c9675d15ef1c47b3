import { addDays } from '../core/dates';
import {
  DEFAULT_TOPIC_DAYS,
  topicRequestFor,
  type TopicRequest,
} from '../core/records/topicRequest';
import { computeTopics } from '../core/topics/computeTopics';
import type { HistoryData } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import { expertPaths, withRelevance } from '../core/topics/withRelevance';
import { done, failed, type Outcome } from './outcome';
import type { Clock, GitPort, Progress, RecordsPort } from './ports';

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
  data: HistoryData;
  topics: Topic[];
  /** How the range was chosen, for people ("since the last session (abc1234)"). */
  basis: string;
  /** The identities the commits were matched against. */
  authors: string[];
  /** The repository read, as the git port names it. */
  repository: string;
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
  const repo = await ports.git.repository();
  if (!repo.ok) return failed('git', repo.message);
  const today = ports.clock.today();
  let topicRequest: TopicRequest;
  let goals: { id: string; title: string; areas: string[] }[] = [];
  // The plan's mentors look at these topics: never offered as the mentee's expert.
  let mentors: string[] = [];
  if (request.slug === undefined) {
    const until = request.range.until ?? today;
    const since = request.range.since ?? addDays(until, -DEFAULT_TOPIC_DAYS);
    topicRequest = { authors: request.authors ?? [], since, until, basis: 'custom' };
  } else {
    const rel = await ports.records.readRelationship(request.slug);
    topicRequest = topicRequestFor(rel, { ...request.range, today, repoName: repo.name });
    goals = (rel.plan?.goals ?? []).map((g) => ({ id: g.id, title: g.title, areas: g.areas }));
    mentors = rel.plan?.mentors ?? [];
    if (!topicRequest.authors.length)
      return failed(
        'refused',
        `${request.slug}/plan.md names no mentee or git identities, so there are no commits to read.`,
        `${request.slug}/plan.md`,
      );
  }
  ports.progress.report('reading git history…');
  const read = await ports.git.readHistory(
    {
      authors: topicRequest.authors,
      sinceHead: topicRequest.sinceHead,
      since: topicRequest.since,
      until: topicRequest.until,
      includeMerges: request.includeMerges,
    },
    ports.progress,
  );
  if (!read.ok) return failed(read.cancelled ? 'cancelled' : 'git', read.message);
  const data = read.data;
  const now = Date.parse(`${data.range.until}T23:59:59Z`) / 1000;
  const exclude = repo.recordsPath ? [repo.recordsPath] : [];
  const ranked = computeTopics(data, { goals, now, exclude, identities: topicRequest.authors });
  // The second step: experts from the recent activity in the top stories' own files, and docs
  // by what they are about. The history read usually has the activity already (one log over
  // every file of the range); a port that did not read it is asked for the top stories' files.
  const paths = data.fileActivity ? [] : expertPaths(ranked, data);
  if (paths.length > 0 && data.range.toSha) {
    ports.progress.report('reading who knows these files…');
    const activity = await ports.git.readFileActivity(
      { paths, toSha: data.range.toSha, until: data.range.until },
      ports.progress,
    );
    if (activity.ok) data.fileActivity = activity.activity;
    else if (activity.cancelled) return failed('cancelled', activity.message);
    else data.notes.push(`Experts are not suggested: ${activity.message}`);
  }
  const viewers = [...(await ports.git.userIdentity()), ...mentors];
  const topics = withRelevance(ranked, data, { identities: topicRequest.authors, viewers });
  return done({
    data,
    topics,
    basis: describeBasis(topicRequest, data.range.fromSha),
    authors: topicRequest.authors,
    repository: repo.top,
  });
}

function describeBasis(request: TopicRequest, fromSha: string | undefined): string {
  if (request.basis === 'last-session')
    return fromSha
      ? `since the last session (${fromSha.slice(0, 7)})`
      : `since the last session (${request.since})`;
  if (request.basis === 'days') return `since ${request.since}`;
  return `${request.since ?? 'the start'} to ${request.until}`;
}
