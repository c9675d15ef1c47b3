import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { listActions } from '../../core/records/actionList';
import { cadenceToday } from '../../core/records/cadence';
import type { RelationshipRecords } from '../../core/records/relationship';
import { roleOf, type Role } from '../../core/records/roleOf';
import { COMMANDS } from '../ids';
import { type RecordsLocator, type RelationshipRef, relationshipKey } from '../recordsLocator';
import { loadRelationship, recordUri } from '../relationshipLoader';
import type { TopicsStore } from '../topics/topicsStore';
import { counted } from './counted';
import { topicNode } from './learningTopicsView';
import { isHeld } from '../../core/records/held';
import { relationshipName } from '../relationshipName';
import { textTooltip } from '../markdownText';
import type { ViewNode } from './viewNode';

/** What the Relationships view is built from. */
export interface RelationshipsContext {
  locator: RecordsLocator;
  topics: TopicsStore;
  /** The user's git identity (empty where git may not run). */
  identity: { name?: string; email?: string };
  /** The relationship Switch Relationship chose (`<folder uri>|<slug>`). */
  current?: string;
  now: Date;
}

const GOAL_ICONS: Record<string, string> = {
  active: 'target',
  achieved: 'pass-filled',
  paused: 'debug-pause',
  dropped: 'circle-slash',
};

/**
 * Every relationship with its plan (goals and their status), sessions (newest first), open
 * action items, queued questions and learning topics. The user's own relationships (as mentee or
 * mentor, from git user.name and user.email) come first and open expanded.
 */
export async function relationshipNodes(c: RelationshipsContext): Promise<ViewNode[]> {
  const all = await c.locator.relationships();
  const today = toIsoDate(c.now);
  const rows = await Promise.all(
    all.map(async (ref) => {
      const rel = await loadRelationship(ref);
      return { ref, rel, role: roleOf(rel.plan, c.identity) };
    }),
  );
  rows.sort((a, b) => Number(!!b.role) - Number(!!a.role));
  return rows.map(({ ref, rel, role }) => {
    const key = relationshipKey(ref);
    const open = key === c.current || (c.current === undefined && role !== undefined);
    const top = new vscode.TreeItem(
      relationshipName(ref, rel, all),
      open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    top.id = `rel:${key}`;
    top.description = describe(rel, role, today);
    top.tooltip = relationshipTooltip(ref, rel, role, today);
    top.iconPath = new vscode.ThemeIcon(
      key === c.current ? 'star-full' : role ? 'account' : 'person',
    );
    top.contextValue = 'relationship';
    const relationship = `${ref.folder.name}/${ref.slug}`;
    return {
      item: top,
      relationship,
      slug: relationship,
      children: [
        planNode(ref, rel, key),
        sessionsNode(c.locator, ref, rel, key, today),
        topicsNode(c.topics, key, relationship),
      ],
    };
  });
}

function describe(rel: RelationshipRecords, role: Role | undefined, today: string): string {
  const cad = cadenceToday(rel.sessions, rel.plan?.cadence, today);
  const when = cad.preparedToday
    ? vscode.l10n.t('prepared for today')
    : cad.last === undefined
      ? vscode.l10n.t('no session yet')
      : cad.overdue
        ? vscode.l10n.t('next was due {0}', cad.nextDue ?? '')
        : cad.nextDue
          ? vscode.l10n.t('next {0}', cad.nextDue)
          : vscode.l10n.t('last {0}', cad.last);
  const you =
    role === 'mentee'
      ? vscode.l10n.t('you: mentee')
      : role === 'mentor'
        ? vscode.l10n.t('you: mentor')
        : '';
  return [you, when].filter(Boolean).join(' · ');
}

/**
 * Who, how often, and what is open, for the relationship's tooltip. Open action items and queued
 * questions have views of their own; here they are counted, not listed again.
 */
function relationshipTooltip(
  ref: RelationshipRef,
  rel: RelationshipRecords,
  role: Role | undefined,
  today: string,
): vscode.MarkdownString {
  const plan = rel.plan;
  const open = listActions(rel, today).filter((a) => !a.done && !a.dropped);
  const overdue = open.filter((a) => a.overdue).length;
  const queued = rel.questions.filter((q) => !q.done).length;
  return textTooltip([
    withWhom(plan?.mentee ?? ref.slug, plan?.mentors.join(', '), role),
    [
      plan?.cadence ? vscode.l10n.t('Meets {0}', plan.cadence) : '',
      overdue
        ? vscode.l10n.t('{0}, {1} overdue', counted(open.length, 'open action item'), overdue)
        : counted(open.length, 'open action item'),
      counted(queued, 'queued question'),
    ]
      .filter(Boolean)
      .join(' · '),
    vscode.l10n.t('Folder: {0}', ref.slug),
  ]);
}

/** "alex with sam (you: mentor)", one whole message per case. */
function withWhom(mentee: string, mentors: string | undefined, role: Role | undefined): string {
  if (mentors === undefined)
    return role
      ? vscode.l10n.t('{0} with no mentor named yet (you: {1})', mentee, role)
      : vscode.l10n.t('{0} with no mentor named yet', mentee);
  return role
    ? vscode.l10n.t('{0} with {1} (you: {2})', mentee, mentors, role)
    : vscode.l10n.t('{0} with {1}', mentee, mentors);
}

function group(id: string, label: string, description: string, children: ViewNode[]): ViewNode {
  const item = new vscode.TreeItem(
    label,
    children.length
      ? vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None,
  );
  item.id = id;
  item.description = description;
  return { item, children };
}

function opens(item: vscode.TreeItem, uri: vscode.Uri, line: number): void {
  item.command = {
    command: COMMANDS.openRecord,
    title: vscode.l10n.t('Open'),
    arguments: [{ file: uri.toString(), line }],
  };
}

function planNode(ref: RelationshipRef, rel: RelationshipRecords, key: string): ViewNode {
  const uri = vscode.Uri.joinPath(ref.dir, 'plan.md');
  const goals = rel.plan?.goals ?? [];
  const node = group(
    `rel:${key}:plan`,
    vscode.l10n.t('Plan'),
    goals.length
      ? activeGoals(goals.filter((g) => (g.status ?? 'active') === 'active').length)
      : vscode.l10n.t('no goals yet'),
    goals.map((g): ViewNode => {
      const status = g.status ?? 'active';
      const item = new vscode.TreeItem(`${g.id}: ${g.title}`);
      item.id = `rel:${key}:goal:${g.id}:${g.line}`;
      item.description = [status, g.target ? vscode.l10n.t('target {0}', g.target) : '']
        .filter(Boolean)
        .join(' · ');
      item.tooltip = textTooltip(
        [
          `${g.id}: ${g.title}`,
          g.target
            ? vscode.l10n.t('Status: {0} · target {1}', status, g.target)
            : vscode.l10n.t('Status: {0}', status),
          g.measure ? vscode.l10n.t('Measure: {0}', g.measure) : '',
        ].filter(Boolean),
      );
      item.iconPath = new vscode.ThemeIcon(GOAL_ICONS[status] ?? 'target');
      item.contextValue = 'goal';
      opens(item, uri, g.line);
      return { item, file: uri.toString(), line: g.line, goalId: g.id };
    }),
  );
  // The plan stands for plan.md: the theme's file icon and git's decorations (modified, untracked).
  node.item.resourceUri = uri;
  node.item.iconPath = vscode.ThemeIcon.File;
  node.item.tooltip = textTooltip([
    vscode.workspace.asRelativePath(uri),
    goals.length
      ? goals.map((g) => `${g.id} ${g.status ?? 'active'}`).join(' · ')
      : 'No goals yet: Add Goal, or type "goal" in plan.md for a snippet.',
  ]);
  node.item.contextValue = 'plan';
  node.file = uri.toString();
  node.line = 1;
  return node;
}

function sessionsNode(
  locator: RecordsLocator,
  ref: RelationshipRef,
  rel: RelationshipRecords,
  key: string,
  today: string,
): ViewNode {
  const newest = [...rel.sessions].reverse();
  const held = newest.filter((r) => isHeld({ date: r.date, status: r.session?.status }, today));
  const node = group(
    `rel:${key}:sessions`,
    vscode.l10n.t('Sessions'),
    newest.length
      ? held.length
        ? vscode.l10n.t('{0}, last {1}', counted(held.length, 'held'), held[0].date)
        : counted(held.length, 'held')
      : vscode.l10n.t('none yet'),
    newest.map((r): ViewNode => {
      const uri = recordUri(locator, ref, r.file);
      const item = new vscode.TreeItem(r.fileName.replace(/\.md$/, ''));
      item.id = `rel:${key}:session:${r.file}`;
      const open = (r.session?.actionItems ?? []).filter((a) => !a.done && !a.dropped).length;
      const state = isHeld({ date: r.date, status: r.session?.status }, today)
        ? ''
        : r.session?.status === 'cancelled'
          ? vscode.l10n.t('cancelled')
          : vscode.l10n.t('prepared');
      item.description = [
        state,
        r.session?.goals.length ? r.session.goals.join(', ') : '',
        open ? counted(open, 'open item') : '',
        r.session?.durationMinutes !== undefined
          ? vscode.l10n.t('{0} min', r.session.durationMinutes)
          : '',
        r.session ? '' : vscode.l10n.t('cannot be read'),
      ]
        .filter(Boolean)
        .join(' · ');
      // A session stands for its log file: the theme's icon and git's decorations, unless it
      // cannot be read, which must stand out.
      item.resourceUri = uri;
      item.iconPath = r.session ? vscode.ThemeIcon.File : new vscode.ThemeIcon('warning');
      item.tooltip = sessionTooltip(uri, r, state, open);
      item.contextValue = 'session';
      opens(item, uri, 1);
      return { item, file: uri.toString(), line: 1 };
    }),
  );
  node.item.iconPath = new vscode.ThemeIcon('history');
  return node;
}

function sessionTooltip(
  uri: vscode.Uri,
  r: RelationshipRecords['sessions'][number],
  state: string,
  open: number,
): vscode.MarkdownString {
  const s = r.session;
  if (!s)
    return textTooltip([
      vscode.workspace.asRelativePath(uri),
      'Cannot be read: see the Problems panel.',
    ]);
  const time =
    s.started && s.ended ? `${s.started} to ${s.ended}` : s.started ? `from ${s.started}` : '';
  return textTooltip(
    [
      vscode.l10n.t(
        'Session {0}: {1}',
        r.fileName.replace(/\.md$/, ''),
        state || vscode.l10n.t('held'),
      ),
      [time, s.durationMinutes !== undefined ? vscode.l10n.t('{0} min', s.durationMinutes) : '']
        .filter(Boolean)
        .join(', '),
      s.attendees.length ? vscode.l10n.t('With {0}', s.attendees.join(', ')) : '',
      s.goals.length ? vscode.l10n.t('Goals: {0}', s.goals.join(', ')) : '',
      counted(open, 'open action item'),
      vscode.workspace.asRelativePath(uri),
    ].filter(Boolean),
  );
}

function topicsNode(store: TopicsStore, key: string, relationship: string): ViewNode {
  const result = store.get(key);
  const children = result ? result.topics.map((t) => topicNode(result, t)) : [];
  const node = group(
    `rel:${key}:topics`,
    vscode.l10n.t('Learning Topics'),
    result
      ? vscode.l10n.t('{0}, {1}', counted(result.topics.length, 'topic'), result.basis)
      : vscode.l10n.t('not surfaced yet'),
    children,
  );
  node.item.iconPath = new vscode.ThemeIcon('lightbulb');
  if (!result)
    node.item.command = {
      command: COMMANDS.surfaceTopics,
      title: vscode.l10n.t('Surface Learning Topics'),
      arguments: [{ slug: relationship }],
    };
  return node;
}

function activeGoals(n: number): string {
  return n === 1 ? vscode.l10n.t('1 active goal') : vscode.l10n.t('{0} active goals', n);
}
