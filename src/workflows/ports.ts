import type { EditResult } from '../core/edits/editResult';
import type { Problem } from '../core/problem';
import type { RelationshipRecords } from '../core/records/relationship';
import type { TeamSettings } from '../core/settings/teamSettings';
import type { FileActivity, HistoryData } from '../core/topics/historyData';
import type { TipState } from '../core/topics/tipState';
import type { HistoryFocus } from '../core/topics/historyFocus';

// Every path a port takes or gives is relative to the records root with "/" separators
// ("alex/sessions/2026-11-23.md"): workflows never build paths of an operating system.

/** Result of creating a file: done, the name was taken (another process won), or refused. */
export type CreateFileResult =
  { ok: true } | { ok: false; taken: true } | { ok: false; taken: false; message: string };

/** Result of editing a file: whether it changed, or why it was left untouched. */
export type EditFileResult = { ok: true; changed: boolean } | { ok: false; message: string };

/** A team template: its text, none (use the built-in one), or why it cannot be read. */
export type TemplateResult = { ok: true; text?: string } | { ok: false; message: string };

/**
 * The records under one records root. The CLI's implementation reads and writes the disk
 * (atomic writes, locks); the extension's reads open documents first and edits them through
 * WorkspaceEdit. Both refuse paths that leave the root or go through a link.
 */
export interface RecordsPort {
  /** How people see a file in messages: relative to --dir on the CLI, to the workspace in the editor. */
  shown(file: string): string;
  /** A relationship's plan, questions and sessions, parsed; unreadable files are left out. */
  readRelationship(slug: string): Promise<RelationshipRecords>;
  /** The slugs of the relationships under the root: folders that hold a plan.md. */
  listRelationships(): Promise<string[]>;
  /** A records file's text (unsaved editor text first); undefined when it cannot be read. */
  readText(file: string): Promise<string | undefined>;
  /**
   * The team's `templates/<kind>/*.md` (reflections or question banks), named as people see
   * them; files that cannot be read are problems, links are never followed.
   */
  readTeamFiles(
    kind: 'reflections' | 'questions',
  ): Promise<{ files: { path: string; text: string }[]; problems: Problem[] }>;
  /** The team's override `templates/<name>`. */
  readTemplate(name: 'plan.md' | 'session.md'): Promise<TemplateResult>;
  /** The names in a folder; none when it does not exist. */
  listNames(folder: string): Promise<string[]>;
  /** Whether a file or folder exists. */
  exists(file: string): Promise<boolean>;
  /** Creates a folder and its parents; an existing one is fine. */
  createFolder(folder: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Creates a file (and its folders); never replaces an existing one. */
  createFile(file: string, text: string): Promise<CreateFileResult>;
  /**
   * Applies an edit computed by core against the file's current text. `compute` may run again
   * when the text changed meanwhile (the user typing, another process).
   */
  editFile(file: string, compute: (text: string) => EditResult): Promise<EditFileResult>;
}

/** What to read of the mentee's history: whose commits and over which range. */
export interface HistoryQuery {
  authors: string[];
  sinceHead?: string;
  since?: string;
  until?: string;
  includeMerges?: boolean;
  /** Ranks the history read and names the top stories, whose files alone are read further. */
  focus?: (data: HistoryData) => HistoryFocus;
}

/** The code repository topics are read from. */
export type RepositoryResult =
  | {
      ok: true;
      /** Its folder name: a session's `head` may map folder names to commits. */
      name: string;
      /** Where it is, as the adapter names it (opaque to workflows: evidence paths are relative to it). */
      top: string;
      /** The records root's path inside it ("mentoring"), when it is inside. */
      recordsPath?: string;
    }
  | {
      ok: false;
      message: string;
      /** True when there is no repository at all (records kept outside git): nothing to read. */
      noRepository?: boolean;
    };

/** A code repository topics are read from, found by the adapter. */
export interface CodeRepository {
  /** How topics name it: the plan's identity (`github.com/acme/api`), else its folder name. */
  repository: string;
  /** Its folder name: a session's `head` may map folder names to commits. */
  name: string;
  /** Where it is, as the adapter names it (opaque to workflows). */
  top: string;
  /** The records root's path inside it, when it holds the records. */
  recordsPath?: string;
}

/** The repositories a plan names, those found and those not; or why none could be looked for. */
export type RepositoriesResult =
  | { ok: true; found: CodeRepository[]; missing: string[] }
  | { ok: false; message: string; noRepository?: boolean };

/** Whose files' recent activity to read (readFileActivity). */
export interface FileActivityQuery {
  paths: string[];
  toSha: string;
  until: string;
}

/** Recent activity in files, or why not. */
export type FileActivityResult =
  { ok: true; activity: FileActivity[] } | { ok: false; cancelled: boolean; message: string };

/** History read, or why not. */
export type HistoryResult =
  | {
      ok: true;
      data: HistoryData;
      /** Why the history cache could not be written this time (the read itself is whole). */
      unwritten?: string;
    }
  | { ok: false; cancelled: boolean; message: string };

/** git, for workflows: facts and history. Each call is its own small, hardened git run. */
export interface GitPort {
  /** Why git may not run here (an untrusted or virtual workspace), or undefined when it may. */
  unavailable(): string | undefined;
  /** HEAD of the repository holding the records, when there is one. */
  head(): Promise<string | undefined>;
  repository(): Promise<RepositoryResult>;
  /**
   * The code repositories to read: those the plan names by identity (`named`), matched by remote
   * where the adapter looks (workspace folders and a setting; --repo and --repos-dir); with no
   * names, the ones the user pointed at. Undefined (or no method): read `repository()` alone.
   */
  repositories?(named: readonly string[]): Promise<RepositoriesResult | undefined>;
  /** Reads history in `top` (a CodeRepository's), by default in `repository()`. */
  readHistory(query: HistoryQuery, progress: Progress, top?: string): Promise<HistoryResult>;
  /**
   * Every author's recent commits to these files (12 months up to `until`, at `toSha`), in one
   * git log: the experts of the top stories are chosen from it. In `top` (a CodeRepository's),
   * by default in `repository()`.
   */
  readFileActivity(
    query: FileActivityQuery,
    progress: Progress,
    top?: string,
  ): Promise<FileActivityResult>;
  /** The user's git identity (user.email, user.name; either may be missing): never their own expert. */
  userIdentity(): Promise<string[]>;
  /**
   * Each repository's current state, in the order of `tops`: its tip (HEAD's full commit id, null
   * for a repository without commits) and a digest of its tags; undefined when git could not say.
   * One cheap git run per repository at most (an adapter may already know it from finding the
   * repository).
   */
  tips?(tops: readonly string[]): Promise<(TipState | undefined)[]>;
  /** Where finished topic rankings are kept (surfaceTopics); absent: none are (`--no-cache`). */
  results?: ResultCache;
  /** Changed and untracked records (never a private note), or why git could not say. */
  recordChanges(): Promise<{ ok: true; changes: RecordChange[] } | GitFailure>;
  /** Stages and commits exactly these records, leaving anything else staged alone. */
  commit(
    changes: readonly RecordChange[],
    message: string,
  ): Promise<{ ok: true; commit: string } | GitFailure>;
  /** Installs (or brings up to date) the pre-commit guard for a records root. */
  installGuard(options: GuardOptions): Promise<GuardResult>;
}

/**
 * Finished results kept between runs, by a key naming everything they depend on. The adapter
 * stores the text as given and returns it only for exactly the same key, checked against the key
 * stored with it and a checksum of the text (a damaged, truncated or foreign entry is a miss).
 */
export interface ResultCache {
  /**
   * The running code and its language (version, build, locale): part of every key, so a result
   * is never served to another build, whose ranking or wording may differ.
   */
  codeVersion: string;
  read(key: string): Promise<string | undefined>;
  /** Keeps `text` under `key`; a failure is not the caller's (nothing is kept). */
  write(key: string, text: string): Promise<void>;
}

/** A changed records file: `path` as git names it, `rootRelative` as the workflows do. */
export interface RecordChange {
  path: string;
  rootRelative: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'untracked';
}

/** A git failure: its kind (git's, such as 'hook-failed'), its message, and git's own output. */
export interface GitFailure {
  ok: false;
  kind: string;
  message: string;
  output?: string;
}

/** What the guard is installed for: the records root's name, and what else it may do. */
export interface GuardOptions {
  /** The records root, as the setting or --root names it; the hook keeps every root it guards. */
  rootName: string;
  /** Replaces the hook's validation step (one line of shell); the privacy check always runs. */
  command?: string;
  /** Write into a hooks folder outside the repository (a global core.hooksPath). */
  allowOutsideRepository: boolean;
}

/** Where the guard went: paths as the adapter names them; `chained` is a kept earlier hook. */
export type GuardResult =
  | {
      ok: true;
      hookPath: string;
      chained?: string;
      alreadyInstalled: boolean;
      /** Every records root the hook guards, relative to the work tree's top ('' for the top). */
      roots: string[];
    }
  | { ok: false; message: string; outsideRepository?: boolean };

/** Today's date; core never reads a clock, and neither do workflows. */
export interface Clock {
  /** YYYY-MM-DD. */
  today(): string;
}

/** The settings that shape records, after precedence (see docs/records.md), with their problems. */
export interface SettingsPort {
  team(): Promise<{ settings: TeamSettings; problems: string[] }>;
}

/** Progress of a long run and its cancellation. */
export interface Progress {
  report(message: string): void;
  /** Aborted when the user cancels. */
  signal?: AbortSignal;
}

/** Where workflows write what happened, for the user's log (not shown as a message). */
export interface Log {
  info(message: string): void;
}

/** A progress that shows nothing and cannot be cancelled. */
export const NO_PROGRESS: Progress = { report: () => undefined };

/** A log that keeps nothing. */
export const NO_LOG: Log = { info: () => undefined };

/** Every port, as an adapter builds them once per command or verb run. */
export interface WorkflowPorts {
  records: RecordsPort;
  git: GitPort;
  clock: Clock;
  settings: SettingsPort;
  progress: Progress;
  log: Log;
}
