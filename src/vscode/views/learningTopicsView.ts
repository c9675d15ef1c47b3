import * as vscode from 'vscode';
import type { Topic, TopicKind } from '../../core/topics/topic';
import { COMMANDS } from '../ids';
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
    top.description = `${result.basis} · ${result.commits} commit${result.commits === 1 ? '' : 's'}${result.partial ? ' · partial' : ''}`;
    top.tooltip = [
      `${result.commits} commits from ${result.range.since ?? 'the start'} to ${result.range.until}`,
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

/** A topic's node: it opens to its question, expert, docs, commits and files. */
export function topicNode(result: TopicsResult, t: Topic): ViewNode {
  const item = new vscode.TreeItem(t.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `topic:${result.key}:${t.id}`;
  item.description = t.kind;
  item.tooltip = `${t.title}\n\n${t.question}\n\nscore ${t.score}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[t.kind] ?? 'lightbulb');
  item.contextValue = 'topic';
  const base = { relationship: result.relationship, topicId: t.id };
  const children: ViewNode[] = [];
  const question = new vscode.TreeItem(t.question);
  question.iconPath = new vscode.ThemeIcon('comment-discussion');
  question.tooltip = t.question;
  question.id = `${item.id}:question`;
  children.push({ item: question, ...base });
  if (t.expert) {
    const expert = new vscode.TreeItem(`Ask ${t.expert.name}`);
    expert.description = `${t.expert.commits} commits here in the last year`;
    expert.tooltip = `${t.expert.name} <${t.expert.email}>`;
    expert.iconPath = new vscode.ThemeIcon('person');
    expert.id = `${item.id}:expert`;
    children.push({ item: expert, ...base });
  }
  for (const doc of t.docs ?? []) children.push(fileNode(result, item.id, doc, 'book', 'doc'));
  for (const sha of t.evidence.commits) {
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
    children.push({ item: node, ...base, repo: result.repo, sha });
  }
  for (const file of t.evidence.files) children.push(fileNode(result, item.id, file, 'file'));
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
