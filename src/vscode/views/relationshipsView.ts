import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { listActions } from '../../core/records/actionList';
import { cadenceToday } from '../../core/records/cadence';
import type { RelationshipRecords } from '../../core/records/relationship';
import { roleOf, type Role } from '../../core/records/roleOf';
import { COMMANDS } from '../ids';
import {
  type RecordsLocator,
  type RelationshipRef,
  relationshipKey,
} from '../recordsLocator';
import { loadRelationship, recordUri } from '../relationshipLoader';
import type { TopicsStore } from '../topics/topicsStore';
import { plural, topicNode } from './learningTopicsView';
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
  const when =
    cad.preparedToday
      ? 'prepared for today'
      : cad.last === undefined
      ? 'no session yet'
      : cad.overdue
        ? `next was due ${cad.nextDue}`
        : cad.nextDue
          ? `next ${cad.nextDue}`
          : `last ${cad.last}`;
  return [role === 'mentee' ? 'you: mentee' : role === 'mentor' ? 'you: mentor' : '', when]
    .filter(Boolean)
    .join(' · ');
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
    `${plan?.mentee ?? ref.slug} with ${plan?.mentors.join(', ') ?? 'no mentor named yet'}${role ? ` (you: ${role})` : ''}`,
    [
      plan?.cadence ? `Meets ${plan.cadence}` : '',
      `${plural(open.length, 'open action item')}${overdue ? `, ${overdue} overdue` : ''}`,
      plural(queued, 'queued question'),
    ]
      .filter(Boolean)
      .join(' · '),
    `Folder: ${ref.slug}`,
  ]);
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
    title: 'Open',
    arguments: [{ file: uri.toString(), line }],
  };
}

function planNode(ref: RelationshipRef, rel: RelationshipRecords, key: string): ViewNode {
  const uri = vscode.Uri.joinPath(ref.dir, 'plan.md');
  const goals = rel.plan?.goals ?? [];
  const node = group(
    `rel:${key}:plan`,
    'Plan',
    goals.length
      ? activeGoals(goals.filter((g) => (g.status ?? 'active') === 'active').length)
      : 'no goals yet',
    goals.map((g): ViewNode => {
      const status = g.status ?? 'active';
      const item = new vscode.TreeItem(`${g.id}: ${g.title}`);
      item.id = `rel:${key}:goal:${g.id}:${g.line}`;
      item.description = [status, g.target ? `target ${g.target}` : ''].filter(Boolean).join(' · ');
      item.tooltip = textTooltip(
        [
          `${g.id}: ${g.title}`,
          `Status: ${status}${g.target ? ` · target ${g.target}` : ''}`,
          g.measure ? `Measure: ${g.measure}` : '',
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
    'Sessions',
    newest.length
      ? `${plural(held.length, 'held', 'held')}${held.length ? `, last ${held[0].date}` : ''}`
      : 'none yet',
    newest.map((r): ViewNode => {
      const uri = recordUri(locator, ref, r.file);
      const item = new vscode.TreeItem(r.fileName.replace(/\.md$/, ''));
      item.id = `rel:${key}:session:${r.file}`;
      const open = (r.session?.actionItems ?? []).filter((a) => !a.done && !a.dropped).length;
      const state = isHeld({ date: r.date, status: r.session?.status }, today)
        ? ''
        : r.session?.status === 'cancelled'
          ? 'cancelled'
          : 'prepared';
      item.description = [
        state,
        r.session?.goals.length ? r.session.goals.join(', ') : '',
        open ? `${plural(open, 'open item')}` : '',
        r.session?.durationMinutes !== undefined ? `${r.session.durationMinutes} min` : '',
        r.session ? '' : 'cannot be read',
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
  if (!s) return textTooltip([vscode.workspace.asRelativePath(uri), 'Cannot be read: see the Problems panel.']);
  const time =
    s.started && s.ended ? `${s.started} to ${s.ended}` : s.started ? `from ${s.started}` : '';
  return textTooltip(
    [
      `Session ${r.fileName.replace(/\.md$/, '')}: ${state || 'held'}`,
      [time, s.durationMinutes !== undefined ? `${s.durationMinutes} min` : '']
        .filter(Boolean)
        .join(', '),
      s.attendees.length ? `With ${s.attendees.join(', ')}` : '',
      s.goals.length ? `Goals: ${s.goals.join(', ')}` : '',
      `${plural(open, 'open action item')}`,
      vscode.workspace.asRelativePath(uri),
    ].filter(Boolean),
  );
}

function topicsNode(store: TopicsStore, key: string, relationship: string): ViewNode {
  const result = store.get(key);
  const children = result ? result.topics.map((t) => topicNode(result, t)) : [];
  const node = group(
    `rel:${key}:topics`,
    'Learning Topics',
    result ? `${plural(result.topics.length, 'topic')}, ${result.basis}` : 'not surfaced yet',
    children,
  );
  node.item.iconPath = new vscode.ThemeIcon('lightbulb');
  if (!result)
    node.item.command = {
      command: COMMANDS.surfaceTopics,
      title: 'Surface Learning Topics',
      arguments: [{ slug: relationship }],
    };
  return node;
}

function activeGoals(n: number): string {
  return n === 1 ? '1 active goal' : `${n} active goals`;
}
