import * as vscode from 'vscode';
import type { IdentityHint } from '../../core/topics/historyData';
import type { FacetKind, Topic, TopicKind } from '../../core/topics/topic';
import { COMMANDS } from '../ids';
import { textTooltip } from '../markdownText';
import { groupTopicsByRepository } from '../../core/topics/mergeRepositoryTopics';
import { splitRaised } from '../../core/topics/worthRaising';
import { topicRepo, type TopicsResult, type TopicsStore } from '../topics/topicsStore';
import type { ViewNode } from './viewNode';
import { counted } from './counted';

const ICONS: Record<TopicKind, string> = {
  area: 'folder-active',
  'new-area': 'folder-opened',
  'new-language': 'symbol-keyword',
  'new-dependency': 'package',
  'build-or-ci': 'gear',
  rework: 'sync',
  revert: 'discard',
  'large-change': 'diff',
  tests: 'beaker',
  pairing: 'organization',
  goal: 'target',
  story: 'book',
  collaborator: 'person',
};

/** What each kind of topic is, in words a person reads (the view's description). */
const KIND_LABELS: Record<TopicKind, string> = {
  area: vscode.l10n.t('main area of work'),
  'new-area': vscode.l10n.t('new area'),
  'new-language': vscode.l10n.t('new language'),
  'new-dependency': vscode.l10n.t('new dependency'),
  'build-or-ci': vscode.l10n.t('build or CI'),
  rework: vscode.l10n.t('reworked'),
  revert: vscode.l10n.t('reverted'),
  'large-change': vscode.l10n.t('large change'),
  tests: vscode.l10n.t('tests'),
  pairing: vscode.l10n.t('worked with others'),
  goal: vscode.l10n.t('goal'),
  story: vscode.l10n.t('story'),
  collaborator: vscode.l10n.t('learning from'),
};

/** The icon of each facet of a story (a facet is one line inside the story). */
const FACET_ICONS: Record<FacetKind, string> = {
  series: 'list-ordered',
  release: 'tag',
  backport: 'git-compare',
  security: 'shield',
  revert: 'discard',
  'new-area': 'folder-opened',
  'new-language': 'symbol-keyword',
  'new-dependency': 'package',
  'build-or-ci': 'gear',
  tests: 'beaker',
  'no-tests': 'beaker-stop',
  rework: 'sync',
  'followed-up': 'sync',
  help: 'organization',
  goal: 'target',
  size: 'diff',
  story: 'book',
  merge: 'git-merge',
};

/**
 * The latest learning topics of each relationship surfaced this session: a topic opens to its
 * question, expert, docs, commits and files. Labels are set as plain text (tree items never
 * render markup), so commit subjects and paths from the repository show as they are.
 */
export function learningTopicNodes(store: TopicsStore): ViewNode[] {
  return store.all().map((result) => {
    const top = new vscode.TreeItem(result.name, vscode.TreeItemCollapsibleState.Expanded);
    top.id = `topics:${result.key}`;
    top.description = result.partial
      ? vscode.l10n.t('{0} · {1} · partial', result.basis, counted(result.commits, 'commit'))
      : `${result.basis} · ${counted(result.commits, 'commit')}`;
    top.tooltip = textTooltip([
      result.range.since
        ? vscode.l10n.t(
            '{0} from {1} to {2}',
            counted(result.commits, 'commit'),
            result.range.since,
            result.range.until,
          )
        : vscode.l10n.t(
            '{0} from the start to {1}',
            counted(result.commits, 'commit'),
            result.range.until,
          ),
      ...(result.partial
        ? [vscode.l10n.t('Shallow clone: first touches may be missed (partial).')]
        : []),
      ...result.notes,
    ]);
    top.contextValue = 'topicsRelationship';
    const children = [...missingNodes(result), ...byRepository(result)];
    const hints = (result.identityHints ?? []).map((h) => identityHintNode(result, h));
    if (children.length === 0) {
      const empty = new vscode.TreeItem(
        result.commits === 0
          ? vscode.l10n.t('No commits in this range')
          : vscode.l10n.t('No topics in these commits'),
      );
      empty.description = vscode.l10n.t('try a longer range');
      empty.command = {
        command: COMMANDS.surfaceTopics,
        title: vscode.l10n.t('Surface Learning Topics'),
        arguments: [{ slug: result.relationship }],
      };
      children.push({ item: empty });
    }
    return { item: top, children: [...hints, ...children], relationship: result.relationship };
  });
}

/** One node per repository the plan names that was not found, saying what to do. */
function missingNodes(result: TopicsResult): ViewNode[] {
  return (result.missingRepositories ?? []).map((repository) => {
    const item = new vscode.TreeItem(vscode.l10n.t('Not found: {0}', repository));
    item.id = `topics:${result.key}:missing:${repository}`;
    item.description = vscode.l10n.t('not read');
    item.tooltip = vscode.l10n.t(
      'The plan names {0}, but no workspace folder has it as a remote. Open its folder in the workspace, or map it to a local clone in the mentoring.repositoryPaths setting.',
      repository,
    );
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = 'topicsMissingRepository';
    return { item, relationship: result.relationship };
  });
}

/**
 * The topics worth raising of a result (worthRaising.ts), then one collapsed "N smaller topics"
 * node holding the rest, so a short list stays short and nothing is lost.
 */
function byRepository(result: TopicsResult): ViewNode[] {
  const { raised, more } = splitRaised(result.topics);
  const nodes = raisedNodes(result, raised);
  if (more.length === 0) return nodes;
  const item = new vscode.TreeItem(
    more.length === 1
      ? vscode.l10n.t('1 smaller topic')
      : vscode.l10n.t('{0} smaller topics', more.length),
    vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.id = `topics:${result.key}:smaller`;
  item.tooltip = vscode.l10n.t(
    'Stories below the floor for a 1:1 (small, with no review, later fix, goal or new ground), and any beyond the first ten.',
  );
  item.iconPath = new vscode.ThemeIcon('fold');
  item.contextValue = 'smallerTopics';
  return [
    ...nodes,
    {
      item,
      children: more.map((t) => topicNode(result, t)),
      relationship: result.relationship,
    },
  ];
}

/**
 * Topics, grouped under one node per repository when they come from several (groups in the
 * order of their best topic, topics in ranking order within).
 */
function raisedNodes(result: TopicsResult, topics: readonly Topic[]): ViewNode[] {
  const groups = groupTopicsByRepository(topics);
  if (groups.length <= 1) return topics.map((t) => topicNode(result, t));
  return groups.map((g) => {
    const item = new vscode.TreeItem(
      g.repository || vscode.l10n.t('Other'),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = `topics:${result.key}:repo:${g.repository}`;
    item.description = vscode.l10n.t('{0} topics', g.topics.length);
    item.tooltip = vscode.l10n.t('Learning topics from {0}', g.repository);
    item.iconPath = new vscode.ThemeIcon('repo');
    item.contextValue = 'topicsRepository';
    return {
      item,
      children: g.topics.map((t) => topicNode(result, t)),
      relationship: result.relationship,
    };
  });
}

/**
 * An "also commits as" hint: an address the mentee's name (accents and case folded) commits
 * under that the plan's identities leave out. Clicking it, or its inline action, adds it to the
 * plan's identities (mentoring.addIdentity).
 */
export function identityHintNode(result: TopicsResult, hint: IdentityHint): ViewNode {
  const item = new vscode.TreeItem(vscode.l10n.t('Also commits as {0}', hint.email));
  item.id = `topics:${result.key}:identity:${hint.email}`;
  item.description =
    hint.commits === 1
      ? vscode.l10n.t('1 commit, not in the plan’s identities')
      : vscode.l10n.t('{0} commits, not in the plan’s identities', hint.commits);
  item.tooltip = vscode.l10n.t(
    '{0} <{1}>: {2} commits under this address are not read for topics. Add it to the plan’s identities to include them.',
    hint.name,
    hint.email,
    hint.commits,
  );
  item.iconPath = new vscode.ThemeIcon('person-add');
  item.contextValue = 'identityHint';
  const args = { relationship: result.relationship, identity: hint.email };
  item.command = {
    command: COMMANDS.addIdentity,
    title: vscode.l10n.t("Add to the Plan's Identities"),
    arguments: [args],
  };
  return { item, ...args };
}

/**
 * A topic's node: its kind in words, and labelled groups inside: the question to discuss, who to
 * ask, what to read, the commits and the files.
 */
export function topicNode(result: TopicsResult, t: Topic): ViewNode {
  const item = new vscode.TreeItem(t.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `topic:${result.key}:${t.id}`;
  item.description = KIND_LABELS[t.kind] ?? t.kind;
  item.tooltip = textTooltip([
    t.title,
    t.question,
    `${KIND_LABELS[t.kind] ?? t.kind} · ${counted(t.evidence.commits.length, 'commit')} · ${counted(t.evidence.files.length, 'file')}`,
    ...(t.facets ?? []).map((f) => `• ${f.text}`),
  ]);
  item.iconPath = new vscode.ThemeIcon(ICONS[t.kind] ?? 'lightbulb');
  item.contextValue = 'topic';
  const base = { relationship: result.relationship, topicId: t.id };
  const repo = topicRepo(result, t);
  const children: ViewNode[] = [];
  const question = new vscode.TreeItem(t.question);
  question.description = vscode.l10n.t('to discuss');
  question.iconPath = new vscode.ThemeIcon('comment-discussion');
  question.tooltip = textTooltip([t.question]);
  question.id = `${item.id}:question`;
  children.push({ item: question, ...base });
  // A story's facets (series, tests, help, rework, first work somewhere), one line each.
  (t.facets ?? []).forEach((facet, i) => {
    const node = new vscode.TreeItem(facet.text);
    node.iconPath = new vscode.ThemeIcon(FACET_ICONS[facet.kind] ?? 'info');
    node.tooltip = facet.text;
    node.id = `${item.id}:facet:${i}`;
    children.push({ item: node, ...base });
  });
  if (t.expert) {
    const expert = new vscode.TreeItem(t.expert.name);
    expert.description = vscode.l10n.t(
      'who to ask · {0} here in the last year',
      counted(t.expert.commits, 'commit'),
    );
    expert.tooltip = textTooltip([`${t.expert.name} <${t.expert.email}>`]);
    expert.iconPath = new vscode.ThemeIcon('person');
    expert.id = `${item.id}:expert`;
    children.push({ item: expert, ...base });
  }
  const docs = (t.docs ?? []).map((doc) => fileNode(result, repo, item.id, doc, 'doc'));
  if (docs.length)
    children.push(
      groupNode(
        `${item.id}:docs`,
        vscode.l10n.t('Reading'),
        counted(docs.length, 'document'),
        'book',
        docs,
        base,
      ),
    );
  const commits = t.evidence.commits.map((sha): ViewNode => {
    const info = result.commitInfo[sha];
    const node = new vscode.TreeItem(`${sha.slice(0, 7)} ${info?.subject ?? ''}`.trim());
    node.description = info?.date;
    node.tooltip = textTooltip([sha, info?.subject ?? '', info?.date ?? ''].filter(Boolean));
    node.iconPath = new vscode.ThemeIcon('git-commit');
    node.id = `${item.id}:commit:${sha}`;
    node.contextValue = 'topicCommit';
    node.command = {
      command: COMMANDS.showCommit,
      title: vscode.l10n.t('Show Commit'),
      arguments: [{ repo, sha }],
    };
    return { item: node, ...base, repo, sha };
  });
  if (commits.length)
    children.push(
      groupNode(
        `${item.id}:commits`,
        vscode.l10n.t('Commits'),
        counted(commits.length, 'commit'),
        'git-commit',
        commits,
        base,
      ),
    );
  const files = t.evidence.files.map((file) => fileNode(result, repo, item.id, file));
  if (files.length)
    children.push(
      groupNode(
        `${item.id}:files`,
        vscode.l10n.t('Files'),
        counted(files.length, 'file'),
        'files',
        files,
        base,
      ),
    );
  return { item, children, ...base };
}

function groupNode(
  id: string,
  label: string,
  description: string,
  icon: string,
  children: ViewNode[],
  base: { relationship: string; topicId: string },
): ViewNode {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = description;
  item.iconPath = new vscode.ThemeIcon(icon);
  return { item, children, ...base };
}

function fileNode(
  result: TopicsResult,
  repo: string,
  parentId: string | undefined,
  file: string,
  tag = 'file',
): ViewNode {
  const node = new vscode.TreeItem(file);
  // The file's own icon from the theme, and git decorations where the editor has them.
  node.resourceUri = vscode.Uri.joinPath(vscode.Uri.file(repo), ...file.split('/'));
  // ThemeIcon.File: the file icon theme picks the icon from resourceUri (a .md, a .ts...).
  node.iconPath = vscode.ThemeIcon.File;
  node.tooltip = textTooltip([file]);
  node.id = `${parentId}:${tag}:${file}`;
  node.contextValue = 'topicFile';
  node.command = {
    command: COMMANDS.openTopicFile,
    title: vscode.l10n.t('Open File'),
    arguments: [{ repo, path: file }],
  };
  return { item: node, relationship: result.relationship, repo, path: file };
}
