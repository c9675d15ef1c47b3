import * as vscode from 'vscode';
import type { SurfacedTopics, TopicRange } from '../../workflows/surfaceTopics';
import { surfaceTopics } from '../../workflows/surfaceTopics';
import { COMMANDS } from '../ids';
import type { Plan } from '../../core/records/plan';
import { type RelationshipRef, relationshipKey } from '../recordsLocator';
import { loadRelationship } from '../relationshipLoader';
import { relationshipName } from '../relationshipName';
import type { Services } from '../services';
import { failureError, workflowPorts } from '../workflowPorts';
import type { TopicsResult } from './topicsStore';

export type { TopicRange };

/**
 * Reads the mentee's history for a relationship and ranks its topics (the surfaceTopics
 * workflow), with a cancellable progress notification. Refuses, with the reason, where git may
 * not run (untrusted or virtual workspace).
 */
export async function mineTopics(
  s: Services,
  ref: RelationshipRef,
  range: TopicRange,
  what = vscode.l10n.t('Surface Learning Topics'),
): Promise<TopicsResult> {
  const started = Date.now();
  const outcome = await surfaceTopics({ slug: ref.slug, range }, workflowPorts(s, ref, what));
  if (!outcome.ok) throw failureError(outcome.failure);
  const surfaced = outcome.value;
  s.log.info(
    `Topics for ${ref.slug}: ${surfaced.data.commits.length} commits, ${surfaced.topics.length} topics in ${Date.now() - started} ms`,
  );
  return topicsResult(ref, await s.locator.relationships(), surfaced, await menteeOf(ref));
}

/** What the view and the agenda keep of topics surfaced for a relationship. */
export function topicsResult(
  ref: RelationshipRef,
  all: readonly RelationshipRef[],
  surfaced: SurfacedTopics,
  /** The plan's mentee, for the name people read (the slug otherwise). */
  mentee?: string,
): TopicsResult {
  const { data, topics } = surfaced;
  const commitInfo: TopicsResult['commitInfo'] = {};
  for (const c of data.commits)
    commitInfo[c.sha] = { subject: c.subject, date: c.date, time: c.time };
  // Review topics cite the mentee's merges, which are not among the commits.
  for (const m of data.ownMerges ?? [])
    commitInfo[m.sha] ??= { subject: m.subject, date: m.date, time: m.time };
  return {
    key: relationshipKey(ref),
    name: relationshipName(ref, mentee ? { plan: { mentee } as Plan } : undefined, all),
    relationship: `${ref.folder.name}/${ref.slug}`,
    repo: surfaced.repository,
    repos: Object.fromEntries(surfaced.repositories.map((r) => [r.repository, r.top])),
    missingRepositories: surfaced.missingRepositories,
    range: { since: data.range.since, until: data.range.until },
    basis: surfaced.basis,
    commits: data.commits.length,
    partial: data.partial,
    notes: data.notes,
    identityHints: data.identityHints ?? [],
    topics,
    commitInfo,
  };
}

/** Keeps topics a workflow surfaced on the way (an agenda) for the view, and refreshes it. */
export async function keepSurfaced(
  s: Services,
  ref: RelationshipRef,
  surfaced: SurfacedTopics | undefined,
): Promise<void> {
  if (!surfaced) return;
  s.topics.set(topicsResult(ref, await s.locator.relationships(), surfaced, await menteeOf(ref)));
  void vscode.commands.executeCommand(COMMANDS.refreshViews);
}

/** The mentee's name from the plan, when it can be read. */
async function menteeOf(ref: RelationshipRef): Promise<string | undefined> {
  return (await loadRelationship(ref).catch(() => undefined))?.plan?.mentee;
}
