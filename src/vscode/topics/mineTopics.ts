import * as path from 'node:path';
import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { topicRequestFor, type TopicRequest } from '../../core/records/topicRequest';
import { computeTopics } from '../../core/topics/computeTopics';
import { GitError } from '../../git/gitError';
import { readHistory } from '../../git/readHistory';
import { repoState } from '../../git/repoState';
import { qualifiedName, type RelationshipRef, relationshipKey } from '../recordsLocator';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import type { TopicsResult } from './topicsStore';

/** The range to read: since the last session (default), the last N days, or explicit dates. */
export interface TopicRange {
  since?: string;
  until?: string;
  days?: number;
  /** Since the last session before this date (for an agenda of that date). */
  before?: string;
}

/**
 * Reads the mentee's history for a relationship and ranks its topics, with a cancellable
 * progress notification. Refuses, with the reason, where git may not run (untrusted or virtual
 * workspace), and turns git's failures into messages for people.
 */
export async function mineTopics(
  s: Services,
  ref: RelationshipRef,
  range: TopicRange,
  what = 'Surface Learning Topics',
): Promise<TopicsResult> {
  s.git.requireGit(ref.folder, what);
  const rel = await loadRelationship(ref);
  const all = await s.locator.relationships();
  const top = await repoTop(ref.folder.uri.fsPath);
  const request = topicRequestFor(rel, {
    ...range,
    today: toIsoDate(s.now()),
    repoName: ref.folder.name,
  });
  if (!request.authors.length)
    throw new UserError(
      `${ref.slug}/plan.md names no mentee or git identities, so there are no commits to read.`,
    );
  const goals = (rel.plan?.goals ?? []).map((g) => ({ id: g.id, title: g.title, areas: g.areas }));
  const started = Date.now();
  const data = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Learning topics for ${ref.slug}`,
      cancellable: true,
    },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      progress.report({ message: 'reading git history…' });
      try {
        return await readHistory(top, request, {
          signal: abort.signal,
          onProgress: (n) => progress.report({ message: `${n} commits read…` }),
        });
      } catch (e) {
        if (token.isCancellationRequested) throw new Cancelled();
        if (e instanceof GitError) throw new UserError(`${what}: ${e.message}`);
        throw e;
      } finally {
        subscription.dispose();
      }
    },
  );
  const now = Date.parse(`${data.range.until}T23:59:59Z`) / 1000;
  // The mentee's own mentoring records are never a learning topic.
  const records = path.relative(top, s.locator.rootOf(ref.folder).fsPath).split(path.sep).join('/');
  const exclude = records && !records.startsWith('..') ? [records] : [];
  const topics = computeTopics(data, { goals, now, exclude, identities: request.authors });
  s.log.info(
    `Topics for ${ref.slug}: ${data.commits.length} commits, ${topics.length} topics in ${Date.now() - started} ms`,
  );
  const commitInfo: TopicsResult['commitInfo'] = {};
  for (const c of data.commits)
    commitInfo[c.sha] = { subject: c.subject, date: c.date, time: c.time };
  return {
    key: relationshipKey(ref),
    name: qualifiedName(ref, all),
    relationship: `${ref.folder.name}/${ref.slug}`,
    repo: top,
    range: { since: data.range.since, until: data.range.until },
    basis: describeBasis(request, data.range.fromSha),
    commits: data.commits.length,
    partial: data.partial,
    notes: data.notes,
    topics,
    commitInfo,
  };
}

async function repoTop(dir: string): Promise<string> {
  try {
    return (await repoState(dir)).top;
  } catch (e) {
    if (e instanceof GitError) throw new UserError(e.message);
    throw e;
  }
}

function describeBasis(request: TopicRequest, fromSha: string | undefined): string {
  if (request.basis === 'last-session')
    return fromSha
      ? `since the last session (${fromSha.slice(0, 7)})`
      : `since the last session (${request.since})`;
  if (request.basis === 'days') return `since ${request.since}`;
  return `${request.since ?? 'the start'} to ${request.until}`;
}
