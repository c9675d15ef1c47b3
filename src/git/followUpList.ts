import type { FollowUp } from '../core/topics/historyData';

/** Most follow-ups kept per read: enough for every top story, bounded for a busy repository. */
export const MAX_FOLLOW_UPS = 100;

/** The other author's commit a follow-up is, as far as a follow-up shows it. */
export type FollowUpSource = Pick<
  FollowUp,
  'sha' | 'authorName' | 'authorEmail' | 'time' | 'date' | 'subject'
>;

/**
 * Adds `target` to the follow-up of kind `kind` that `c` is (keyed `kind:sha`), creating it when
 * there is room: one commit fixing three of the mentee's commits is one follow-up.
 */
export function addFollowUp(
  found: Map<string, FollowUp>,
  c: FollowUpSource,
  kind: FollowUp['kind'],
  target: string,
): void {
  const key = `${kind}:${c.sha}`;
  const known = found.get(key);
  if (known) {
    if (!known.targets.includes(target)) known.targets.push(target);
    return;
  }
  if (found.size >= MAX_FOLLOW_UPS) return;
  found.set(key, {
    sha: c.sha,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    time: c.time,
    date: c.date,
    subject: c.subject,
    kind,
    targets: [target],
  });
}

/** Follow-ups in time order (then by id), as the history data keeps them. */
export function sortedFollowUps(list: Iterable<FollowUp>): FollowUp[] {
  return [...list].sort((a, b) => a.time - b.time || (a.sha < b.sha ? -1 : 1));
}
