/*
 * Which release a commit is, from its subject: the ways projects in any ecosystem name the
 * commit that cuts a version (npm's bare "1.2.3", "Release v1.2.3 (#123)", release-please's
 * "chore(main): release 1.2.0", "[release] 1.2.3", "Version 2.0.0 released", "ripgrep 14.1.0",
 * "release version 3.1.0"), and a version bump ("Bump version to 1.2.3") when the commit changes
 * only version, manifest, changelog or lock files. A development version ("3.2.0.dev0") opens
 * the next cycle and is not a release.
 */

const VERSION = String.raw`v?(\d+\.\d+(?:\.\d+){0,2}(?:[-.]?(?:rc|alpha|beta|a|b|dev|post|pre)\.?\d*)?)`;
// What wraps a release subject without saying which release: a conventional type and scope, a
// "[release]" tag, trailing PR numbers.
const LEAD = /^(?:(?:chore|build|release|ci)(?:\([^)]{0,40}\))?!?:\s*|\[release\]\s*)/i;
const TRAIL = /(?:\s*\(#\d{1,7}\))+\s*$|\s+#\d{1,7}\s*$/;
const TAG_ONLY = new RegExp(String.raw`^${VERSION}\.?$`, 'i');
const RELEASE_WORDED = new RegExp(
  String.raw`^(?:release[sd]?|releasing|prepare|preparing|version|tag(?:ged)?|cut|publish(?:ed|ing)?)\b[^0-9]{0,30}?${VERSION}(?:\s+release)?\.?(?::\s.*)?$`,
  'i',
);
const RELEASED = new RegExp(String.raw`^(?:version\s+)?${VERSION}\s+(?:is\s+)?released\.?$`, 'i');
const NAMED_RELEASE = new RegExp(String.raw`^[A-Za-z][\w.-]{0,30}\s+${VERSION}(?:\s+release)?$`);
const BUMP = new RegExp(
  String.raw`^(?:(?:bump(?:ed|s)?|update[sd]?|set)\s+(?:the\s+)?(?:package\s+)?version\s+(?:to\s+)?|bump(?:ed)?\s+to\s+)${VERSION}\.?$`,
  'i',
);
const DEVELOPMENT = /dev\d*$/i;
const DIGIT_DOT_DIGIT = /\d\.\d/;

/**
 * The version a release commit cuts ("3.1.0"), or undefined. `onlyChores`: the commit changes
 * only version, manifest, changelog or lock files, which lets a plain version bump count.
 */
export function releaseVersion(subject: string, onlyChores: boolean): string | undefined {
  // Every pattern's version has a digit, a dot and a digit: most subjects have none.
  if (!DIGIT_DOT_DIGIT.test(subject)) return undefined;
  const s = subject.trim().replace(LEAD, '').replace(TRAIL, '').trim();
  const m =
    TAG_ONLY.exec(s) ??
    RELEASE_WORDED.exec(s) ??
    RELEASED.exec(s) ??
    NAMED_RELEASE.exec(s) ??
    (onlyChores ? BUMP.exec(s) : null);
  if (m === null || DEVELOPMENT.test(m[1])) return undefined;
  return m[1];
}

// A release tag's name: the version at its end (build metadata after "+" aside), after an
// optional package or module name ("v1.2.3", "1.2.3", "gcsfs/v1.14.0", "sdk/metric/v1.0.0",
// "ignore-0.4.33", "rack_3.1.0", "pkg@1.2.3", "@scope/pkg@1.2.3").
const TAG_NAME = new RegExp(
  String.raw`^(?:(@?[A-Za-z0-9][\w.+/-]{0,80}?)[/_@-])?${VERSION}(?:\+[\w.-]{1,40})?$`,
  'i',
);
// Tags that mark builds and deployments, not releases ("build-123.4", "nightly-2024.01").
const NOT_RELEASE =
  /(?:^|[/_-])(?:build|builds|nightly|deploy|deployed|deployment|snapshot|staging|prod|production|ci|test|tmp|backup)$/i;
/** A release tag's version ("1.14.0") and its name for people ("gcsfs 1.14.0"). */
export interface TaggedRelease {
  version: string;
  label: string;
}

// Prefixes that name no package: "release-1.2.3", "version_2.0".
const NO_PACKAGE = /^(?:v|ver|version|release|rel|tag)$/i;

/** The version a tag's name gives ("gcsfs/v1.14.0" -> "1.14.0"), or undefined for other tags. */
export function tagVersion(name: string): string | undefined {
  return tagRelease(name)?.version;
}

/**
 * A release tag's version and how a person would name the release: "1.14.0" for "v1.14.0",
 * "gcsfs 1.14.0" for a module's "gcsfs/v1.14.0", "ignore 0.4.22" for a crate's "ignore-0.4.22".
 * Undefined for a tag whose name is not a version.
 */
export function tagRelease(name: string): TaggedRelease | undefined {
  if (!DIGIT_DOT_DIGIT.test(name)) return undefined;
  const m = TAG_NAME.exec(name);
  if (m === null || DEVELOPMENT.test(m[2])) return undefined;
  const pkg = m[1];
  if (pkg !== undefined && NOT_RELEASE.test(pkg)) return undefined;
  const label = pkg !== undefined && !NO_PACKAGE.test(pkg) ? `${pkg} ${m[2]}` : m[2];
  return { version: m[2], label };
}

/**
 * The release a commit cuts when release tags point at it, or undefined. A tag alone does not
 * make a commit a release (a maintainer may tag whatever commit is newest, a feature among them):
 * the commit must also look like release work, changing only version, manifest, changelog or
 * lock files (`onlyChores`), being release bookkeeping (`releaseChore`), or naming the version.
 * Of several tags on one commit (a release candidate promoted, two packages released at once),
 * the one the subject names wins, then a final version over a pre-release, then the highest.
 */
export function taggedRelease(
  subject: string,
  tags: readonly TaggedRelease[],
  onlyChores: boolean,
  releaseChore: boolean,
): TaggedRelease | undefined {
  let best: TaggedRelease | undefined;
  let bestRank: number[] = [];
  for (const tag of tags) {
    const named = namesVersion(subject, tag.version);
    if (!(onlyChores || releaseChore || named)) continue;
    const rank = [named ? 1 : 0, PRE_RELEASE.test(tag.version) ? 0 : 1, ...numbersOf(tag.version)];
    if (best === undefined || isAfter(rank, bestRank)) {
      best = tag;
      bestRank = rank;
    }
  }
  return best;
}

// A version that is not final yet: "2.0.0-rc.1", "1.4.0b2", "3.0.0.alpha".
const PRE_RELEASE = /\d(?:[-.]?(?:rc|alpha|beta|a|b|pre)\.?\d*)$/i;

/** The numbers of a version, in order ("1.14.0rc2" -> [1, 14, 0, 2]). */
function numbersOf(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

/** Whether rank `a` comes after `b`, compared item by item (a longer one wins a tie). */
function isAfter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] > b[i];
  return a.length > b.length;
}

/** Whether `subject` names `version` as a whole number ("for 8.6.0", not "18.6.01"). */
function namesVersion(subject: string, version: string): boolean {
  for (let at = subject.indexOf(version); at >= 0; at = subject.indexOf(version, at + 1)) {
    const before = subject[at - 1] ?? ' ';
    const after = subject.slice(at + version.length, at + version.length + 2);
    if (!/[\d.]/.test(before) && !/^(?:\d|\.\d)/.test(after)) return true;
  }
  return false;
}
