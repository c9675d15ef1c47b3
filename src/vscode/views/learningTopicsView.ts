import * as vscode from 'vscode';
import type { FacetKind, Topic, TopicKind } from '../../core/topics/topic';
import { COMMANDS } from '../ids';
import { textTooltip } from '../markdownText';
import type { TopicsResult, TopicsStore } from '../topics/topicsStore';
import type { ViewNode } from './viewNode';

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
  area: 'main area of work',
  'new-area': 'new area',
  'new-language': 'new language',
  'new-dependency': 'new dependency',
  'build-or-ci': 'build or CI',
  rework: 'reworked',
  revert: 'reverted',
  'large-change': 'large change',
  tests: 'tests',
  pairing: 'worked with others',
  goal: 'goal',
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
};

/** "1 commit", "3 commits". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The latest learning topics of each relationship surfaced this session: a topic opens to its
 * question, expert, docs, commits and files. Labels are set as plain text (tree items never
 * render markup), so commit subjects and paths from the repository show as they are.
 */
export function learningTopicNodes(store: TopicsStore): ViewNode[] {
  return store.all().map((result) => {
    const top = new vscode.TreeItem(result.name, vscode.TreeItemCollapsibleState.Expanded);
    top.id = `topics:${result.key}`;
    top.description = `${result.basis} · ${plural(result.commits, 'commit')}${result.partial ? ' · partial' : ''}`;
    top.tooltip = [
      `${plural(result.commits, 'commit')} from ${result.range.since ?? 'the start'} to ${result.range.until}`,
      ...(result.partial ? ['Shallow clone: first touches may be missed (partial).'] : []),
      ...result.notes,
    ].join('\n');
    top.contextValue = 'topicsRelationship';
    const children = result.topics.map((t) => topicNode(result, t));
    if (children.length === 0) {
      const empty = new vscode.TreeItem(
        result.commits === 0 ? 'No commits in this range' : 'No topics in these commits',
      );
      empty.description = 'try a longer range';
      empty.command = {
        command: COMMANDS.surfaceTopics,
        title: 'Surface Learning Topics',
        arguments: [{ slug: result.relationship }],
      };
      children.push({ item: empty });
    }
    return { item: top, children, relationship: result.relationship };
  });
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
    `${KIND_LABELS[t.kind] ?? t.kind} · ${plural(t.evidence.commits.length, 'commit')} · ${plural(t.evidence.files.length, 'file')}`,
    ...(t.facets ?? []).map((f) => `• ${f.text}`),
  ]);
  item.iconPath = new vscode.ThemeIcon(ICONS[t.kind] ?? 'lightbulb');
  item.contextValue = 'topic';
  const base = { relationship: result.relationship, topicId: t.id };
  const children: ViewNode[] = [];
  const question = new vscode.TreeItem(t.question);
  question.description = 'to discuss';
  question.iconPath = new vscode.ThemeIcon('comment-discussion');
  question.tooltip = t.question;
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
    expert.description = `who to ask · ${plural(t.expert.commits, 'commit')} here in the last year`;
    expert.tooltip = `${t.expert.name} <${t.expert.email}>`;
    expert.iconPath = new vscode.ThemeIcon('person');
    expert.id = `${item.id}:expert`;
    children.push({ item: expert, ...base });
  }
  const docs = (t.docs ?? []).map((doc) => fileNode(result, item.id, doc, 'book', 'doc'));
  if (docs.length) children.push(groupNode(`${item.id}:docs`, 'Reading', plural(docs.length, 'document'), 'book', docs, base));
  const commits = t.evidence.commits.map((sha): ViewNode => {
    const info = result.commitInfo[sha];
    const node = new vscode.TreeItem(`${sha.slice(0, 7)} ${info?.subject ?? ''}`.trim());
    node.description = info?.date;
    node.iconPath = new vscode.ThemeIcon('git-commit');
    node.id = `${item.id}:commit:${sha}`;
    node.contextValue = 'topicCommit';
    node.command = {
      command: COMMANDS.showCommit,
      title: 'Show Commit',
      arguments: [{ repo: result.repo, sha }],
    };
    return { item: node, ...base, repo: result.repo, sha };
  });
  if (commits.length)
    children.push(groupNode(`${item.id}:commits`, 'Commits', plural(commits.length, 'commit'), 'git-commit', commits, base));
  const files = t.evidence.files.map((file) => fileNode(result, item.id, file, 'file'));
  if (files.length)
    children.push(groupNode(`${item.id}:files`, 'Files', plural(files.length, 'file'), 'files', files, base));
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
  parentId: string | undefined,
  file: string,
  icon: string,
  tag = 'file',
): ViewNode {
  const node = new vscode.TreeItem(file);
  // The file's own icon from the theme, and git decorations where the editor has them.
  node.resourceUri = vscode.Uri.joinPath(vscode.Uri.file(result.repo), ...file.split('/'));
  node.iconPath = new vscode.ThemeIcon(icon);
  node.id = `${parentId}:${tag}:${file}`;
  node.contextValue = 'topicFile';
  node.command = {
    command: COMMANDS.openTopicFile,
    title: 'Open File',
    arguments: [{ repo: result.repo, path: file }],
  };
  return { item: node, relationship: result.relationship, repo: result.repo, path: file };
}
