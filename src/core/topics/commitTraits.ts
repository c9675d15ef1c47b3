import type { Commit, FileChange } from './historyData';
import { isBot } from './isBot';
import { memoByPath } from './memoByPath';
import { baseNameOf, isBuildOrCi, isGeneratedOrLock, isManifest } from './paths';
import { isFixSubject } from './isFixSubject';
import { isRevert, revertedSha } from './isRevert';
import { subjectRevertedSha } from './subjectRevertedSha';
import { releaseVersion, taggedRelease, type TaggedRelease } from './releaseVersion';
import { supportedRuntime } from './supportedRuntime';

/**
 * What one commit's message and files say about the kind of work it was, read once per commit
 * (linear in the message and file list) so that grouping commits into stories stays linear.
 */
export interface CommitTraits {
  /** "pool" of "pool: add retry", "router" of "feat(router): ...", lower case; "" when none. */
  prefix: string;
  /**
   * The subject without "[PATCH n/m]", "fixup! " or a conventional-commit type; for a commit
   * without a message, "Commit <short id> (no message)".
   */
  cleanSubject: string;
  /** PR or issue numbers named in the subject ("#123"). */
  prNumbers: string[];
  /** The version a release commit names ("3.1.0"), when the subject is tag-like. */
  release?: string;
  /** How the release is named: its version, or a module's tag ("gcsfs 1.14.0"). */
  releaseLabel?: string;
  /** True for "bump version" and "update changelog" commits: part of a release, or churn. */
  releaseChore: boolean;
  /** True for a backport or cherry-pick. */
  backport: boolean;
  /** Where a backport went ("2.3"), when the subject says. */
  backportTarget?: string;
  /** The commit a cherry-pick came from, when the body says ("cherry picked from commit"). */
  pickedFrom?: string;
  /** "CVE-2024-1234", "GHSA-...", or "security" for a security fix; undefined otherwise. */
  security?: string;
  /** True for a fix-like subject (isFixSubject). */
  fix: boolean;
  /** The commit this one reverts (a hex prefix), when it is a revert. */
  reverts?: string;
  revert: boolean;
  /** The subject an autosquash commit names ("fixup! Add pool" -> "Add pool"). */
  fixupOf?: string;
  /**
   * Churn that teaches little: changelog, version, manifest or lock files only, generated or
   * vendored code only, formatting-only subjects, a sweeping mechanical change (20+ files, under
   * 12 lines each on average), or a bot author.
   */
  churn: boolean;
  /**
   * True for a dependency refresh: the subject says it updates dependencies, and nearly all its
   * lines are pins (manifests, lock files, CI and tool configs). Churn, however many new pins it
   * brings: a scheduled refresh is not a dependency the mentee chose.
   */
  refresh: boolean;
  /** True for a merge commit (two or more parents). */
  merge: boolean;
  /** The runtime whose supported versions this commit changes ("python"), when it says. */
  runtime?: string;
}

const RELEASE_CHORE =
  /^(?:chore[:(][^)]*\)?:?\s*)?(?:bump(?:ed)?\b.*\bversion|bump(?:ed)? to\b|version bump|update(?:d)? (?:the )?(?:changelog|changes|history|news|release notes)|changelog\b|start(?:ing)? (?:the )?next (?:development|dev)|back to (?:development|dev)|post[- ]release)/i;
const CHANGELOG_NAMES =
  /^(?:change(?:s|log)|history|news|release[-_ ]?notes|whats[-_]?new)(?:\.[a-z]+)?$/i;
const VERSION_FILES =
  /^(?:version(?:\.[a-z]+)?|_?_?version__?\.py|version\.go|version\.rb|GIT-VERSION-GEN)$/i;
const FORMATTING =
  /\b(?:format(?:ting)?|reformat(?:ted)?|whitespace|prettier|gofmt|black|rustfmt|clang-format|lint(?:ing)?|trailing spaces?|indentation|code style|isort|reorder[-\w]*imports|sort(?:ed)? imports|pre-commit|autopep8|yapf|flake8|pyupgrade|copyright (?:year|header)s?)\b/i;
/**
 * "Apply clippy fixes", "Fix eslint warnings", "ruff: apply suggestions": a linter's own fixes
 * applied, mechanical like formatting even though the subject says "fix". A change of what the
 * linter checks ("Only enforce correctness lints", "Add clippy to CI") is not this.
 */
const LINT_FIXES =
  /\b(?:clippy|eslint|ruff|pylint|flake8|golangci-lint|staticcheck|shellcheck|rubocop|linter|lint)\b(?:::[\w:]+)?:?(?:\s+\S+){0,3}?\s+(?:fix(?:es)?|warnings?|suggestions)\b/i;
// A sweeping change of many files by a few lines each: mechanical (renames, headers, imports).
const MECHANICAL_FILES = 20;
const MECHANICAL_LINES_PER_FILE = 12;
// "update dev dependencies", "chore(deps): bump X from 1 to 2", "Update requirements",
// "bump GitHub actions", "update pre-commit hooks".
const REFRESH_SUBJECT =
  /^(?:(?:chore|build|ci|deps)(?:\([^)]*\))?!?:\s*)?(?:update[sd]?|bump(?:s|ed)?|upgrade[sd]?|refresh(?:es|ed)?|re-?pin(?:s|ned)?)\b.{0,40}?\b(?:dependenc(?:y|ies)|deps|requirements|pins|lock ?files?|pre-commit(?: hooks)?|(?:github )?actions)\b/i;
/** Lines outside pin files a refresh may carry (fallout of the new versions): this many... */
const REFRESH_OTHER_LINES = 10;
/** ...or this share of its lines, whichever is larger. */
const REFRESH_OTHER_SHARE = 0.2;
const BACKPORT = /\bback-?port(?:ed|s|ing)?\b/i;
const CHERRY = /cherry[- ]picked from commit ([0-9a-f]{7,64})/i;
const BRANCH_TAG = /^\[(\d+\.(?:\d+|x)(?:\.(?:\d+|x))?|[\w.-]*\d[\w.-]*-?(?:branch|stable))\]\s*/i;
const BACKPORT_TARGET =
  /\b(?:to|into|for|on)\s+(?:the\s+)?(?:branch\s+)?v?(\d+\.(?:\d+|x)(?:\.(?:\d+|x))?(?:-stable|\.x)?)/i;
const CVE = /\bCVE-\d{4}-\d{4,}\b/i;
const GHSA = /\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/i;
const SECURITY_WORDS =
  /\b(?:security|vulnerabilit(?:y|ies)|vulnerable|xss|csrf|injection|dos attack)\b/i;
const PATCH_TAG = /^\[(?:RFC\s+)?PATCH[^\]]*\]\s*/i;
const CONVENTIONAL = /^([a-z]+)(?:\(([^)]{1,40})\))?!?:\s+/i;
const PLAIN_PREFIX = /^([A-Za-z0-9_][\w./-]{0,40}(?:,\s*[\w./-]{1,40})?):\s+\S/;
/**
 * A GitHub merge subject: "Merge pull request #123 from owner/branch", or the pull request's
 * title with its number ("Add a pager option (#123)") as newer merges write it.
 */
const MERGED_PR = /^Merge pull request #(\d+)\b|\(#(\d+)\)\s*$/;
const PR = /#(\d{1,7})\b/g;
// Conventional-commit types: a type alone says nothing about which work it was.
const COMMIT_TYPES = new Set([
  'feat',
  'feature',
  'fix',
  'bugfix',
  'hotfix',
  'chore',
  'docs',
  'doc',
  'style',
  'refactor',
  'perf',
  'test',
  'tests',
  'build',
  'ci',
  'revert',
  'release',
  'wip',
  'merge',
  'note',
  'todo',
]);
const AUTOSQUASH = /^(?:fixup|squash|amend)! /;
const RELNOTES = /(?:^|\/)relnotes\//i;

/** True for a changelog or release-notes file (CHANGELOG.md, History.md, NEWS, Documentation/RelNotes/...). */
export const isChangelog: (path: string) => boolean = memoByPath(function isChangelog(
  path: string,
): boolean {
  const base = baseNameOf(path);
  if (CHANGELOG_NAMES.test(base)) return true;
  return RELNOTES.test(path);
});

/** True for a file that only says which version this is. */
function isVersionFile(path: string): boolean {
  return VERSION_FILES.test(baseNameOf(path));
}

/** True for a file that pins versions: a manifest, a lock file, a CI or tool config (tox.ini), requirements/*.in. */
function isPinFile(path: string): boolean {
  if (isManifest(path) || isGeneratedOrLock(path) || isBuildOrCi(path)) return true;
  const lower = path.toLowerCase();
  if (baseNameOf(lower) === 'tox.ini') return true;
  return lower.endsWith('.in') && /(?:^|\/)requirements[^/]*(?:\/|$)/.test(lower);
}

/** True when a commit's subject says "update dependencies" and nearly all its lines are pins. */
function isRefresh(subject: string, work: readonly FileChange[]): boolean {
  if (work.length === 0 || !REFRESH_SUBJECT.test(subject)) return false;
  let pins = 0;
  let other = 0;
  for (const f of work) {
    if (isPinFile(f.path)) pins += f.added + f.deleted;
    else other += f.added + f.deleted;
  }
  return pins > 0 && other <= Math.max(REFRESH_OTHER_LINES, REFRESH_OTHER_SHARE * (pins + other));
}

/**
 * The traits of one commit (see CommitTraits). `tagged`: the release tags pointing at it, which
 * make it a release when it looks like release work (taggedRelease).
 */
export function commitTraits(commit: Commit, tagged: readonly TaggedRelease[] = []): CommitTraits {
  const subject = commit.subject.trim();
  let rest = subject.replace(PATCH_TAG, '');
  const fixupOf = AUTOSQUASH.test(rest) ? rest.replace(AUTOSQUASH, '') : undefined;
  if (fixupOf !== undefined) rest = fixupOf;
  let prefix = '';
  const conventional = CONVENTIONAL.exec(rest);
  if (conventional && COMMIT_TYPES.has(conventional[1].toLowerCase())) {
    prefix = (conventional[2] ?? '').trim().toLowerCase();
    rest = rest.slice(conventional[0].length);
  } else {
    const plain = PLAIN_PREFIX.exec(rest);
    if (plain && !COMMIT_TYPES.has(plain[1].toLowerCase()) && !/^\d/.test(plain[1])) {
      prefix = plain[1].toLowerCase();
    }
  }
  const branch = BRANCH_TAG.exec(subject);
  const prNumbers = [...subject.matchAll(PR)].map((m) => m[1]);
  // The pull request whose merge brought the commit in names the work too.
  const merged = commit.merge && MERGED_PR.exec(commit.merge.subject);
  if (merged) prNumbers.push(merged[1] ?? merged[2]);
  // Cheap substring checks first: most bodies name no cherry-pick, CVE or advisory.
  const body = commit.body;
  const lowerBody = body.length > 0 ? body.toLowerCase() : '';
  const picked = lowerBody.includes('cherry') ? CHERRY.exec(body) : null;
  const backport = BACKPORT.test(subject) || picked !== null || branch !== null;
  const target = branch?.[1] ?? BACKPORT_TARGET.exec(subject)?.[1];
  const cve =
    CVE.exec(subject) ??
    (lowerBody.includes('cve-') ? CVE.exec(body) : null) ??
    GHSA.exec(subject) ??
    (lowerBody.includes('ghsa-') ? GHSA.exec(body) : null);
  const security = cve
    ? cve[0].toUpperCase()
    : SECURITY_WORDS.test(subject)
      ? 'security'
      : undefined;
  // A hand-written revert names the commit in its subject instead of git's body line.
  const reverts = revertedSha(commit.body) ?? subjectRevertedSha(subject);
  const revert = isRevert(commit) || reverts !== undefined;
  const work = commit.files.filter((f) => !(f.added === 0 && f.deleted === 0 && f.oldPath));
  const onlyChores =
    work.length > 0 &&
    work.every(
      (f) =>
        isChangelog(f.path) ||
        isVersionFile(f.path) ||
        isManifest(f.path) ||
        isGeneratedOrLock(f.path),
    );
  const releaseChore = RELEASE_CHORE.test(subject);
  const named = releaseVersion(subject, onlyChores);
  // A tag of the version the subject names gives its label ("gcsfs 1.14.0"); without such a
  // subject, the tag says which release it is.
  // A tagged commit that changes nothing (a merge tagged as the release, an empty release
  // commit) can only be marking the release.
  const tag = taggedRelease(subject, tagged, onlyChores || commit.files.length === 0, releaseChore);
  const release = named ?? tag?.version;
  const releaseLabel =
    release === undefined ? undefined : tag?.version === release ? tag.label : release;
  const runtime = supportedRuntime(subject);
  let lines = 0;
  for (const f of work) lines += f.added + f.deleted;
  const mechanical =
    work.length >= MECHANICAL_FILES && lines < MECHANICAL_LINES_PER_FILE * work.length;
  const refresh = release === undefined && isRefresh(subject, work);
  const fix = isFixSubject(subject);
  const churn =
    refresh ||
    isBot(commit.authorName, commit.authorEmail) ||
    (work.length > 0 && work.every((f) => isGeneratedOrLock(f.path))) ||
    (onlyChores && release === undefined) ||
    (releaseChore && release === undefined) ||
    (FORMATTING.test(subject) && !fix) ||
    LINT_FIXES.test(subject) ||
    mechanical;
  return {
    prefix,
    // A commit without a message (git commit --allow-empty-message) still needs words: a story
    // titled "" printed "****" and asked about “”; its object name tells such commits apart.
    cleanSubject:
      rest.replace(BRANCH_TAG, '').trim() ||
      subject ||
      `Commit ${commit.sha.slice(0, 7)} (no message)`,
    prNumbers: [...new Set(prNumbers)],
    release,
    ...(releaseLabel !== undefined ? { releaseLabel } : {}),
    releaseChore,
    backport,
    backportTarget: target,
    pickedFrom: picked ? picked[1].toLowerCase() : undefined,
    security,
    fix,
    reverts,
    revert,
    fixupOf,
    churn,
    refresh,
    merge: commit.parents.length > 1,
    ...(runtime !== undefined ? { runtime } : {}),
  };
}
