import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { commitRecords } from '../git/commitRecords';
import { GitError } from '../git/gitError';
import { gitResult } from '../git/gitFailure';
import { recordChanges } from '../git/recordChanges';
import { HooksOutsideRepositoryError, installPreCommitGuard } from '../git/preCommitGuard';
import { findRepositories, repositoryFolders } from '../git/findRepositories';
import { cachedReadHistory } from '../git/historyCache';
import { fileResultCache } from '../git/resultCache';
import { tipsOf } from '../git/repoTip';
import { codeVersion } from '../store/codeVersion';
import { readFileActivity } from '../git/readFileActivity';
import { readHistory } from '../git/readHistory';
import { repositoryIdentity } from '../core/topics/repositoryIdentity';
import { machineRepositoryPaths } from './repositoryPaths';
import { recordsRepository, type RecordsRepository } from '../git/recordsRepository';
import type {
  CodeRepository,
  GitPort,
  Progress,
  RecordsPort,
  RepositoriesResult,
  WorkflowPorts,
} from '../workflows/ports';
import { applyCoreEdit, checkInsideRoot, createFileWithText } from './documentEdits';
import { toIsoDate } from '../core/dates';
import { exists, type RecordsLocator, type RelationshipRef } from './recordsLocator';
import { decodeRecordBytes } from '../core/text/decode';
import { loadRelationship } from './relationshipLoader';
import type { Services } from './services';
import { readTeamSettings } from './teamSettings';
import { readTeamFiles } from './teamTemplates';
import { readTeamTemplate } from './templateOverride';
import { Cancelled, UserError } from './userError';

/**
 * The workflows' ports in the editor, for the records root of one workspace folder: records read
 * from open documents first (unsaved text included) and edited through WorkspaceEdit
 * (`documentEdits.ts`), git only where the workspace is trusted and on disk, history read with a
 * cancellable progress notification, the settings with config.yml, and the output channel.
 * `what` names the command in messages ("New Session Log needs git…").
 */
export function workflowPorts(s: Services, ref: RelationshipRef, what: string): WorkflowPorts {
  const folder = ref.folder;
  const root = s.locator.rootOf(folder);
  return {
    records: workspaceRecords(s.locator, root, folder),
    git: workspaceGit(s, folder, root, what, vscode.l10n.t('Learning topics for {0}', ref.slug)),
    clock: { today: () => toIsoDate(s.now()) },
    settings: { team: () => Promise.resolve(readTeamSettings(root, folder.uri)) },
    progress: { report: () => undefined },
    log: { info: (m) => s.log.info(m) },
  };
}

function workspaceRecords(
  locator: RecordsLocator,
  root: vscode.Uri,
  folder: vscode.WorkspaceFolder,
): RecordsPort {
  const uri = (file: string) => vscode.Uri.joinPath(root, ...file.split('/'));
  return {
    shown: (file) => vscode.workspace.asRelativePath(uri(file)),
    listRelationships: async () =>
      (await locator.relationships())
        .filter((r) => r.folder.uri.toString() === folder.uri.toString())
        .map((r) => r.slug),
    readText: async (file) => {
      const target = uri(file);
      const open = vscode.workspace.textDocuments.find(
        (d) => d.uri.toString() === target.toString(),
      );
      if (open) return open.getText();
      try {
        const decoded = decodeRecordBytes(file, await vscode.workspace.fs.readFile(target));
        return decoded.ok ? decoded.value.text : undefined;
      } catch {
        return undefined;
      }
    },
    readRelationship: (slug) =>
      loadRelationship({ slug, folder, dir: vscode.Uri.joinPath(root, slug) }),
    // The editor offers the team files of every workspace folder, as Add Reflection does.
    readTeamFiles: async (kind) => {
      const read = await readTeamFiles(locator, kind);
      return {
        files: read.files,
        // readTeamFiles says "<file>: <why>" for a file it could not read.
        problems: read.problems.map((said) => {
          const at = said.indexOf(': ');
          return {
            file: at > 0 ? said.slice(0, at) : said,
            line: 1,
            column: 1,
            severity: 'warning' as const,
            code: 'unreadable',
            message: at > 0 ? said.slice(at + 2) : said,
          };
        }),
      };
    },
    readTemplate: async (name) => {
      try {
        return { ok: true, text: await readTeamTemplate(root, name) };
      } catch (e) {
        if (e instanceof UserError) return { ok: false, message: e.message };
        throw e;
      }
    },
    listNames: async (folderPath) => {
      try {
        return (await vscode.workspace.fs.readDirectory(uri(folderPath))).map(([n]) => n);
      } catch {
        return [];
      }
    },
    exists: (file) => exists(uri(file)),
    createFolder: async (folderPath) => {
      const target = uri(folderPath);
      try {
        checkInsideRoot(root, target);
        await vscode.workspace.fs.createDirectory(target);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    },
    createFile: async (file, text) => {
      const target = uri(file);
      try {
        await vscode.workspace.fs.createDirectory(uri(file.split('/').slice(0, -1).join('/')));
        await createFileWithText(root, target, text);
        return { ok: true };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        // Another process took the name between listing and creating: the workflow takes the next.
        if (await exists(target)) return { ok: false, taken: true };
        return { ok: false, taken: false, message: e.message };
      }
    },
    editFile: async (file, compute) => {
      try {
        return { ok: true, changed: await applyCoreEdit(root, uri(file), compute) };
      } catch (e) {
        if (e instanceof UserError) return { ok: false, message: e.message };
        throw e;
      }
    },
  };
}

function workspaceGit(
  s: Services,
  folder: vscode.WorkspaceFolder,
  root: vscode.Uri,
  what: string,
  title: string,
): GitPort {
  let found: Promise<RecordsRepository> | undefined;
  const repository = () => (found ??= recordsRepository(folder.uri.fsPath, root.fsPath));
  // The identity each repository was found by, for its cache file's name.
  const identities = new Map<string, string>();
  const topOf = async () => {
    const repo = await repository();
    if (!repo.ok) throw new GitError('not-a-repo', repo.message);
    return repo.top;
  };
  return {
    unavailable: () => {
      try {
        s.git.requireGit(folder, what);
        return undefined;
      } catch (e) {
        if (e instanceof UserError) return e.message;
        throw e;
      }
    },
    head: () => s.git.head(folder),
    repository: async () => {
      const repo = await repository();
      return repo.ok ? { ...repo, name: folder.name } : repo;
    },
    recordChanges: () => gitResult(async () => ({ changes: await recordChanges(root.fsPath) })),
    commit: (changes, message) =>
      gitResult(() => commitRecords(root.fsPath, [...changes], message)),
    installGuard: async (options) => {
      // The hook belongs to the repository that holds the records (it may be a nested one).
      const where = fs.existsSync(root.fsPath) ? root.fsPath : folder.uri.fsPath;
      try {
        const r = await installPreCommitGuard(where, { recordsRoot: root.fsPath, ...options });
        return { ok: true, ...r, roots: r.roots.map((x) => x.prefix) };
      } catch (e) {
        if (e instanceof HooksOutsideRepositoryError)
          return { ok: false, outsideRepository: true, message: e.message };
        if (e instanceof GitError)
          return {
            ok: false,
            message: vscode.l10n.t('Could not install the guard: {0}', e.message),
          };
        throw e;
      }
    },
    repositories: (named) => workspaceRepositories(named, root.fsPath, identities),
    readFileActivity: async (query, outer: Progress, top?: string) => {
      try {
        const activity = await readFileActivity(top ?? (await topOf()), query, {
          signal: outer.signal,
        });
        return { ok: true as const, activity };
      } catch (e) {
        if (e instanceof GitError)
          return {
            ok: false as const,
            cancelled: e.kind === 'cancelled',
            message: `${what}: ${e.message}`,
          };
        throw e;
      }
    },
    tips: (tops) => tipsOf(tops),
    // Kept rankings beside the history cache (mentoring.clearHistoryCache removes both).
    results: s.historyCache
      ? fileResultCache(s.historyCache, codeVersion(vscode.env.language))
      : undefined,
    userIdentity: async () => {
      const me = await s.git.identity(folder);
      return [me.email, me.name].filter((v): v is string => v !== undefined);
    },
    readHistory: async (query, outer: Progress, top?: string) => {
      const t = top ?? (await topOf());
      return vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title,
          cancellable: true,
        },
        async (progress, token) => {
          const abort = new AbortController();
          const subscription = token.onCancellationRequested(() => abort.abort());
          outer.signal?.addEventListener('abort', () => abort.abort());
          progress.report({ message: vscode.l10n.t('reading git history…') });
          try {
            const options = {
              signal: abort.signal,
              onProgress: (n: number) =>
                progress.report({ message: vscode.l10n.t('{0} commits read…', n) }),
            };
            if (!s.historyCache)
              return { ok: true as const, data: await readHistory(t, query, options) };
            const read = await cachedReadHistory(t, query, options, {
              dir: s.historyCache,
              identity: identities.get(t),
            });
            return { ok: true as const, data: read.data, unwritten: read.unwritten };
          } catch (e) {
            if (token.isCancellationRequested)
              return { ok: false as const, cancelled: true, message: vscode.l10n.t('Cancelled.') };
            if (e instanceof GitError)
              return { ok: false as const, cancelled: false, message: `${what}: ${e.message}` };
            throw e;
          } finally {
            subscription.dispose();
          }
        },
      );
    },
  };
}

/** Ends a command quietly when its workflow was cancelled; other failures are shown as they are. */
export function failureError(failure: { kind: string; message: string }): Error {
  return failure.kind === 'cancelled' ? new Cancelled() : new UserError(failure.message);
}

/**
 * The repositories a plan names, found by remote among the workspace folders and the
 * repositories directly inside them, or at the user's own mentoring.repositoryPaths; undefined
 * when the plan names none (the records' repository is read, as before).
 */
async function workspaceRepositories(
  named: readonly string[],
  root: string,
  identities: Map<string, string>,
): Promise<RepositoriesResult | undefined> {
  if (named.length === 0) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? [])
    .filter((f) => f.uri.scheme === 'file')
    .map((f) => f.uri.fsPath);
  const match = await findRepositories(
    named,
    repositoryFolders(folders, 1),
    machineRepositoryPaths(),
  );
  const found: CodeRepository[] = match.found.map((f) => {
    identities.set(f.top, repositoryIdentity(f.named) ?? f.named);
    const records = path.relative(f.top, root).split(path.sep).join('/');
    const inside = records !== '' && !records.startsWith('..') && !path.isAbsolute(records);
    return {
      repository: f.named,
      name: path.basename(f.top),
      top: f.top,
      recordsPath: inside ? records : undefined,
    };
  });
  return { ok: true, found, missing: match.missing };
}
