/**
 * What the git layer reads from a repository for learning topics, in a shape the pure core can
 * rank without running git. Paths use "/" and are relative to the repository's top folder.
 */

/** One file a commit changed, from `git log --numstat`. */
export interface FileChange {
  /** The path after the commit (the new path of a rename). */
  path: string;
  /** The path before a rename or copy, when git detected one. */
  oldPath?: string;
  /** Lines added and deleted; 0 and 0 with `binary` for a binary file. */
  added: number;
  deleted: number;
  binary: boolean;
}

/** One commit of the mentee, with the identity after .mailmap. */
export interface Commit {
  /** The full hex object name. */
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Author time, seconds since the epoch. */
  time: number;
  /** Author date as YYYY-MM-DD in UTC. */
  date: string;
  /** The subject line (control characters replaced, at most 200 characters). */
  subject: string;
  /** The body after the subject (control characters replaced, at most 4,096 characters). */
  body: string;
  /** `Co-authored-by` trailer values, as written ("Name <email>"). */
  coAuthors: string[];
  /** `Mentoring-Goal` trailer values that are goal ids ("G1"). */
  goalRefs: string[];
  files: FileChange[];
  /**
   * Committer time, seconds since the epoch. Commits applied together (git am, a rebase, a
   * batch merge) share it, which is how a patch series is told from rework. Optional so that
   * data stored before it existed still loads.
   */
  commitTime?: number;
  /** Every trailer of the message's last paragraph (Reviewed-by, Helped-by, Fixes, ...). */
  trailers?: Trailer[];
  /**
   * The merge on HEAD's first-parent line that brought the commit in (a pull request merged
   * with a merge commit), with its subject ("Merge pull request #12 from ..."); undefined for a
   * commit made on that line itself (a direct push, a fast-forward, a rebase-merge).
   */
  merge?: MergedBy;
}

/** The merge commit that brought a commit in: its object name and subject (untrusted text). */
export interface MergedBy {
  sha: string;
  subject: string;
}

/**
 * One of the mentee's merge commits on HEAD's first-parent line in the range: a pull request or
 * branch they merged. Merges carry no file changes of their own; who made the merged tip tells
 * whose work it was.
 */
export interface OwnMerge {
  sha: string;
  /** Author time, seconds since the epoch, and as YYYY-MM-DD in UTC. */
  time: number;
  date: string;
  /** "Merge pull request #12 from ana/fix" (untrusted text, one line). */
  subject: string;
  /** The author of the merged tip (the merge's second parent), after .mailmap; '' if unknown. */
  tipName: string;
  tipEmail: string;
  /** True when the mentee made the merged tip: their own branch, not others' work. */
  tipByMentee: boolean;
}

/** One trailer of a commit message ("Reviewed-by: Name <email>"): the key as written, trimmed. */
export interface Trailer {
  key: string;
  value: string;
}

/** Another person's commit that reverts or fixes one of the mentee's commits in the range. */
export interface FollowUp {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** Author time, seconds since the epoch, and as YYYY-MM-DD in UTC. */
  time: number;
  date: string;
  subject: string;
  /**
   * How it is tied to the mentee's work: a revert ("This reverts commit <sha>"), a `Fixes:`
   * trailer or other naming of the commit, or a later change to the same lines soon after.
   */
  kind: 'revert' | 'fixes' | 'same-lines';
  /** The mentee's commits it follows up (full object names). */
  targets: string[];
}

/** Another author's recent activity in one file that the mentee's top stories touched. */
export interface FileActivity {
  path: string;
  name: string;
  email: string;
  /** Their commits touching the file (or its earlier names) in the last 12 months. */
  commits: number;
  /** Their newest commit to the file, seconds since the epoch. */
  lastTime: number;
}

/** A documentation file with what it is about, so docs are ranked by relevance, not nearness. */
export interface DocInfo {
  path: string;
  /** The first heading or title, as written (untrusted text). */
  title?: string;
  /** Lower-case words from its name, title and headings. */
  words: string[];
}

/** Another address the mentee's name commits under, not among their identities. */
export interface IdentityHint {
  name: string;
  email: string;
  commits: number;
}

/**
 * What the mentee touched before the range (from `git log --name-only` of their earlier
 * history): the raw paths, so the core decides what counts as a directory, language or build file.
 * Bounded by the repository's size, not by the length of its history.
 */
export interface EarlierTouches {
  /**
   * Every path the mentee changed before the range, under their identities or under another
   * address with their name (the identity hints): ground that is not new to the person.
   */
  paths: ReadonlySet<string>;
  /** How many earlier commits were read (0: the range starts with their first commit). */
  commits: number;
}

/** A dependency a commit in the range added to a manifest (read from the manifest's diff). */
export interface DependencyAdd {
  sha: string;
  /** The manifest's path (package.json, go.mod, Cargo.toml, requirements.txt, ...). */
  manifest: string;
  /** The dependency's name as the manifest spells it. */
  name: string;
}

/** Another author's recent activity in a directory, for suggesting an expert. */
export interface AuthorActivity {
  /** The directory (no trailing "/"; "" for the top folder). */
  dir: string;
  name: string;
  email: string;
  /** Their commits touching the directory in the last 12 months. */
  commits: number;
  /** Their newest commit anywhere in the repository, seconds since the epoch. */
  lastTime: number;
}

/** Everything the topic ranking needs, read in one pass over the history. */
export interface HistoryData {
  /** The range actually read: dates as YYYY-MM-DD, `since` absent for "from the start". */
  range: { since?: string; until: string; fromSha?: string; toSha?: string };
  /** The mentee's commits in the range, newest first. */
  commits: Commit[];
  earlier: EarlierTouches;
  dependencyAdds: DependencyAdd[];
  /** Activity of other authors in the directories the mentee touched for the first time. */
  experts: AuthorActivity[];
  /** Documentation files in the repository at HEAD: README*, ADRs, files under docs/. */
  docs: string[];
  /** True when the history is incomplete (a shallow clone): topics may miss first touches. */
  partial: boolean;
  /** Things worth telling the user about the read (detached HEAD, submodules not mined, ...). */
  notes: string[];
  /** Other people's reverts and fixes of the mentee's commits in the range. */
  followUps?: FollowUp[];
  /** Other authors' activity in the files of the top stories (read after ranking). */
  fileActivity?: FileActivity[];
  /** What the documentation files are about (title and heading words). */
  docInfo?: DocInfo[];
  /** Addresses the mentee's name also commits under, for an "also commits as" hint. */
  identityHints?: IdentityHint[];
  /** The mentee's merges on HEAD's first-parent line in the range, newest first. */
  ownMerges?: OwnMerge[];
  /**
   * Release tags pointing at the mentee's commits in the range. Read on every history read and
   * not kept in the history cache: a tag is often made after its commit, on a tip already read.
   */
  releaseTags?: ReleaseTag[];
}

/** A tag whose name is a version ("v1.2.3", "gcsfs/v1.14.0"), and the commit it points at. */
export interface ReleaseTag {
  /** The tag's name without refs/tags/ (untrusted text). */
  name: string;
  /** The version its name gives ("1.14.0"). */
  version: string;
  /** The commit it points at (an annotated tag peeled). */
  sha: string;
}
