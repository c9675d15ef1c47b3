import * as z from 'zod/mini';
import type {
  Commit,
  DependencyAdd,
  DocInfo,
  FileActivity,
  FileChange,
  FollowUp,
  IdentityHint,
  OwnMerge,
  Trailer,
} from './historyData';

/**
 * The history cache's format version. Bump it when the file's layout changes. A change to the
 * shape of `Commit` (or FileChange, Trailer, DependencyAdd, FollowUp, FileActivity, DocInfo,
 * IdentityHint, OwnMerge) needs no bump by hand: the compile-time
 * checks below fail until the schemas here name the same fields, and the file carries those field
 * lists (CACHE_FIELDS), so files written with other fields are rebuilt. (6: the earlier paths
 * include those of the mentee's other addresses under their name.)
 */
export const HISTORY_CACHE_VERSION = 6;

/** Names the file's kind, so that no other JSON is ever read as a cache. */
export const HISTORY_CACHE_FORMAT = 'mentoring-journal/history-cache';

const count = z.number().check(z.int(), z.minimum(0));
const text = z.string().check(z.maxLength(65_536));
const sha = z.string().check(z.regex(/^[0-9a-f]{40,64}$/));

const fileChangeSchema = z.object({
  path: text,
  oldPath: z.optional(text),
  added: count,
  deleted: count,
  binary: z.boolean(),
});

const trailerSchema = z.object({ key: text, value: text });

const commitSchema = z.object({
  sha,
  parents: z.array(sha),
  authorName: text,
  authorEmail: text,
  time: z.number(),
  date: text,
  subject: text,
  body: text,
  coAuthors: z.array(text),
  goalRefs: z.array(text),
  files: z.array(fileChangeSchema),
  commitTime: z.optional(z.number()),
  trailers: z.optional(z.array(trailerSchema)),
  merge: z.optional(z.object({ sha, subject: text })),
});

const dependencyAddSchema = z.object({ sha, manifest: text, name: text });

const followUpSchema = z.object({
  sha,
  authorName: text,
  authorEmail: text,
  time: z.number(),
  date: text,
  subject: text,
  kind: z.enum(['revert', 'fixes', 'same-lines']),
  targets: z.array(sha),
});

const fileActivitySchema = z.object({
  path: text,
  name: text,
  email: text,
  commits: count,
  lastTime: z.number(),
});

const docInfoSchema = z.object({ path: text, title: z.optional(text), words: z.array(text) });

const identityHintSchema = z.object({ name: text, email: text, commits: count });

const ownMergeSchema = z.object({
  sha,
  time: z.number(),
  date: text,
  subject: text,
  tipName: text,
  tipEmail: text,
  tipByMentee: z.boolean(),
});

/**
 * What the second step read for the top stories (readFileWork): the files and commits it was
 * read for, others' activity in those files and their same-lines follow-ups. A warm read whose
 * ranking asks for no more than these reads nothing.
 */
const fileWorkSchema = z.object({
  paths: z.array(text),
  commits: z.array(sha),
  fileActivity: z.array(fileActivitySchema),
  followUps: z.array(followUpSchema),
});

/**
 * What was read at a tip for a range ending `until` beyond the mentee's own commits: others'
 * reverts and fixes naming them, the addresses the mentee's name also commits under, the docs,
 * and the top stories' file work. Kept so that a warm read (same HEAD, same request) runs no
 * history log at all.
 */
const atTipSchema = z.object({
  until: text,
  docs: z.array(text),
  docInfo: z.array(docInfoSchema),
  followUps: z.array(followUpSchema),
  identityHints: z.array(identityHintSchema),
  fileWork: z.optional(fileWorkSchema),
});

/** One selection read before (historyReuse.ts): its key, the tip it was read at, what it found. */
const entrySchema = z.object({
  key: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  tip: sha,
  /** The range's commits, newest first, by id into the file's `commits`. */
  shas: z.array(sha),
  earlier: z.object({ paths: z.array(text), commits: count }),
  dependencyAdds: z.array(dependencyAddSchema),
  dependencyNotes: z.array(text),
  ownMerges: z.array(ownMergeSchema),
  /** What else was read at `tip` for a range ending `until` (atTipSchema). */
  atTip: z.optional(atTipSchema),
  /** When it was last used (ms since the epoch): the least recently used entries go first. */
  usedAt: z.number(),
});

/** The whole cache file of one repository. */
export const cacheFileSchema = z.object({
  format: z.literal(HISTORY_CACHE_FORMAT),
  version: z.number(),
  fields: z.string(),
  /** The repository it belongs to: its top folder and, when it has one, its identity. */
  repository: z.object({ top: z.string(), identity: z.optional(z.string()) }),
  /** Per-commit data, keyed by commit id, shared by the entries. */
  commits: z.record(sha, commitSchema),
  entries: z.array(entrySchema),
});

/** A cache file as read (validated) or about to be written. */
export type CacheFile = z.infer<typeof cacheFileSchema>;
/** One selection kept in a cache file. */
export type CacheEntry = z.infer<typeof entrySchema>;

// Compile-time: the schemas name exactly the fields of the types they store. Adding a field to
// Commit without adding it here fails the build (and adding it here changes CACHE_FIELDS).
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
const commitFields: SameKeys<z.infer<typeof commitSchema>, Commit> = true;
const fileFields: SameKeys<z.infer<typeof fileChangeSchema>, FileChange> = true;
const trailerFields: SameKeys<z.infer<typeof trailerSchema>, Trailer> = true;
const depFields: SameKeys<z.infer<typeof dependencyAddSchema>, DependencyAdd> = true;
const followUpFields: SameKeys<z.infer<typeof followUpSchema>, FollowUp> = true;
const activityFields: SameKeys<z.infer<typeof fileActivitySchema>, FileActivity> = true;
const docFields: SameKeys<z.infer<typeof docInfoSchema>, DocInfo> = true;
const hintFields: SameKeys<z.infer<typeof identityHintSchema>, IdentityHint> = true;
const ownMergeFields: SameKeys<z.infer<typeof ownMergeSchema>, OwnMerge> = true;
void [
  commitFields,
  fileFields,
  trailerFields,
  depFields,
  followUpFields,
  activityFields,
  docFields,
  hintFields,
  ownMergeFields,
];

/** The stored types' field lists: a file written with other fields is not read. */
export const CACHE_FIELDS = JSON.stringify([
  Object.keys(commitSchema.def.shape),
  Object.keys(fileChangeSchema.def.shape),
  Object.keys(trailerSchema.def.shape),
  Object.keys(dependencyAddSchema.def.shape),
  Object.keys(followUpSchema.def.shape),
  Object.keys(fileActivitySchema.def.shape),
  Object.keys(docInfoSchema.def.shape),
  Object.keys(identityHintSchema.def.shape),
  Object.keys(ownMergeSchema.def.shape),
]);

/** What a read found at its tip besides the mentee's commits (see atTipSchema). */
export type AtTip = z.infer<typeof atTipSchema>;

/** Whose file it must be: a file naming another repository is foreign and never used. */
export interface CacheOwner {
  top: string;
  identity?: string;
}

/**
 * The cache file in `json` when it is one of ours, of this version and field list, for this
 * repository, and every entry names only commits it holds; else why it is not used.
 */
export function parseHistoryCacheFile(
  json: unknown,
  owner: CacheOwner,
): { ok: true; file: CacheFile } | { ok: false; reason: string } {
  const parsed = cacheFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'not a history cache file' };
  const file = parsed.data;
  if (file.version !== HISTORY_CACHE_VERSION || file.fields !== CACHE_FIELDS)
    return { ok: false, reason: `written by another version (${file.version})` };
  if (file.repository.top !== owner.top || file.repository.identity !== owner.identity)
    return { ok: false, reason: 'written for another repository' };
  for (const [id, commit] of Object.entries(file.commits))
    if (commit.sha !== id) return { ok: false, reason: 'a commit is filed under another id' };
  for (const entry of file.entries)
    if (entry.shas.some((id) => !Object.prototype.hasOwnProperty.call(file.commits, id)))
      return { ok: false, reason: 'an entry names a commit the file does not hold' };
  return { ok: true, file };
}
