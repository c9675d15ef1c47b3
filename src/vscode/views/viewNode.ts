import type * as vscode from 'vscode';

/**
 * A node of a Mentoring tree view, built whole by the runtime: its item, its children, and for
 * records lines the file and line that commands from its context menu act on.
 */
export interface ViewNode {
  item: vscode.TreeItem;
  children?: ViewNode[];
  file?: string;
  line?: number;
}
