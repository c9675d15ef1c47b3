import type * as vscode from 'vscode';

/**
 * A node of a Mentoring tree view, built whole by the runtime: its item, its children, and what
 * the commands of its context menu act on (VS Code passes the node itself as their argument).
 */
export interface ViewNode {
  item: vscode.TreeItem;
  children?: ViewNode[];
  /** A records line: its file (URI string) and 1-based line. */
  file?: string;
  line?: number;
  /** A relationship (`<folder>/<slug>`), for commands that take a `slug`. */
  slug?: string;
  /** A goal of a plan (with `file`: the plan). */
  goalId?: string;
  /** A learning topic: its relationship (`<folder>/<slug>`) and id. */
  relationship?: string;
  topicId?: string;
  /** Evidence: the code repository's top folder, and a commit or a path in it. */
  repo?: string;
  sha?: string;
  path?: string;
  /** An "also commits as" hint: the address to add to the relationship's identities. */
  identity?: string;
}
