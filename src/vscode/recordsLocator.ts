import * as vscode from 'vscode';
import { readSettings } from './settings';

/** One relationship's folder in a workspace folder. */
export interface RelationshipRef {
  slug: string;
  folder: vscode.WorkspaceFolder;
  /** The relationship's folder: `<folder>/<root>/<slug>`. */
  dir: vscode.Uri;
}

/**
 * A relationship's key across a session and reloads: `<workspace folder URI>|<slug>` (the topics
 * store, the current relationship, the dashboards).
 */
export function relationshipKey(ref: RelationshipRef): string {
  return `${ref.folder.uri.toString()}|${ref.slug}`;
}

/**
 * The name people see for a relationship: its slug, or `<folder>/<slug>` when another workspace
 * folder has a relationship with the same slug.
 */
export function qualifiedName(ref: RelationshipRef, all: readonly RelationshipRef[]): string {
  const twin = all.some(
    (r) => r.slug === ref.slug && r.folder.uri.toString() !== ref.folder.uri.toString(),
  );
  return twin ? `${ref.folder.name}/${ref.slug}` : ref.slug;
}

/** Finds records roots and relationships in the open workspace, through `workspace.fs`. */
export class RecordsLocator {
  /** The records root of a workspace folder (it may not exist yet). */
  rootOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ...readSettings(folder.uri).root.split('/'));
  }

  /** Workspace folders, in order. */
  folders(): readonly vscode.WorkspaceFolder[] {
    return vscode.workspace.workspaceFolders ?? [];
  }

  /** Relationships: folders under a records root that hold a plan.md. */
  async relationships(): Promise<RelationshipRef[]> {
    const found: RelationshipRef[] = [];
    for (const folder of this.folders()) {
      const root = this.rootOf(folder);
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(root);
      } catch {
        continue;
      }
      for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
        if (type !== vscode.FileType.Directory || name.startsWith('.') || name === 'templates')
          continue;
        const dir = vscode.Uri.joinPath(root, name);
        if (await exists(vscode.Uri.joinPath(dir, 'plan.md')))
          found.push({ slug: name, folder, dir });
      }
    }
    return found;
  }

  /** The records root a file belongs to, with its relationship, or undefined. */
  locate(
    uri: vscode.Uri,
  ):
    | { root: vscode.Uri; folder: vscode.WorkspaceFolder; relative: string; slug: string }
    | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = this.relativeToRoot(uri);
    if (!folder || relative === undefined) return undefined;
    return { root: this.rootOf(folder), folder, relative, slug: relative.split('/')[0] };
  }

  /**
   * The path of a file relative to its records root ("alex/plan.md"), or undefined when the file
   * is not under any records root.
   */
  relativeToRoot(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const root = this.rootOf(folder);
    if (uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
    const prefix = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
  }
}

/** True when a file or folder exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
