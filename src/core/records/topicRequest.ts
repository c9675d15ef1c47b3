import { addDays } from '../dates';
import type { RelationshipRecords } from './relationship';

/** How far back topics look when there is no session to start from. */
export const DEFAULT_TOPIC_DAYS = 30;

/** Where a topics range starts, for telling the user what was read. */
export type TopicRangeBasis = 'last-session' | 'days' | 'custom';

/** What to ask the history reader for one relationship: whose commits, and over which range. */
export interface TopicRequest {
  /** The mentee's git identities (emails or names); the mentee's name when the plan lists none. */
  authors: string[];
  /** The last session's recorded HEAD: the range starts there when it is an ancestor of HEAD. */
  sinceHead?: string;
  /** YYYY-MM-DD, inclusive; also the fallback when `sinceHead` is not an ancestor. */
  since?: string;
  /** YYYY-MM-DD, inclusive. */
  until: string;
  basis: TopicRangeBasis;
  /** The session the range starts at, when it does. */
  fromSession?: string;
}

/** Options of topicRequestFor: an explicit range, or the defaults. */
export interface TopicRequestOptions {
  since?: string;
  until?: string;
  /** Look back this many days instead of since the last session. */
  days?: number;
  today: string;
  /** Start at the last session held before this date (default today: a log dated today or later is the one being prepared). */
  before?: string;
  /** The code repository's folder name, to pick a session's `head` when it maps folders to shas. */
  repoName?: string;
}

/**
 * The history request for a relationship. Without an explicit range it starts at the last
 * session held before today (or `before`) and on or before the end of the range: at its recorded `head` (exact) and at its date
 * (the fallback when that commit is not an ancestor any more, for example after a rebase); with
 * no session, the last DEFAULT_TOPIC_DAYS days.
 */
export function topicRequestFor(rel: RelationshipRecords, o: TopicRequestOptions): TopicRequest {
  const until = o.until ?? o.today;
  const identities = rel.plan?.identities ?? [];
  const authors = identities.length ? [...identities] : rel.plan?.mentee ? [rel.plan.mentee] : [];
  if (o.since) return { authors, since: o.since, until, basis: 'custom' };
  if (o.days !== undefined)
    return { authors, since: addDays(until, -o.days), until, basis: 'days' };
  // A log dated today or later is the session being prepared (New Session Log records HEAD in
  // it), not the last one held: starting there would leave nothing to read.
  const before = o.before ?? o.today;
  const last = [...rel.sessions]
    .reverse()
    .find((s) => s.date <= until && s.date < before && s.session);
  if (!last) return { authors, since: addDays(until, -DEFAULT_TOPIC_DAYS), until, basis: 'days' };
  return {
    authors,
    sinceHead: headFor(last.session?.head, o.repoName),
    since: last.date,
    until,
    basis: 'last-session',
    fromSession: last.file,
  };
}

function headFor(
  head: string | Record<string, string> | undefined,
  repoName: string | undefined,
): string | undefined {
  if (typeof head === 'string') return head;
  if (!head || repoName === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(head, repoName) ? head[repoName] : undefined;
}
