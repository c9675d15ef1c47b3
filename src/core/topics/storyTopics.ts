import { isBot } from './isBot';
import { isChangelog, type CommitTraits } from './commitTraits';
import { directoryOf, isGeneratedOrLock } from './paths';
import type { Story } from './groupStories';
import { helpersOf, type Help, type HelpRole, type IsMentee } from './helpersOf';
import type { Commit, FollowUp } from './historyData';
import type { FacetKind, TopicExpert, TopicFacet } from './topic';
import { isCodeFile } from './isCodeFile';
import {
  compareText,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';

/*
 * How a story is weighed (its score, 1 to 89, below the plan's goals at 90 and up), so that a
 * ranking can be explained:
 *
 *   size        4 * log2(1 + lines), at most 36   lines added and deleted, without lock files,
 *                                                 generated or vendored code and changelogs
 *   commits     3 * log2(1 + commits), at most 9
 *   spread      2 per folder after the first, at most 6
 *   new ground  up to 10 by the share of files in folders the mentee never touched before, and
 *               +6 new area, +5 new language, +6 new dependency, +3 build or CI (facets)
 *   help        4 per person who reviewed, helped, suggested, tested or co-authored, at most 12
 *   rework      5 + 2 per later fix or revert, at most 11; reverted or fixed by others +8
 *   goal        +8 when it counts toward one of the plan's goals
 *   recency     up to 6, falling to 0 over 90 days before "now"
 *   kind        release +36 major, +28 minor, +20 patch (the bump commit's size says nothing of
 *               what it shipped), +6 the first in the range, +10 a first ever; security fix
 *               +18, the first +4 more, a first ever +8 more; backport +6; a revert +5
 *   churn       a story of only changelog, version, manifest or lock-file changes, generated
 *               code, formatting or bot commits, or dependency refreshes, is held at 10 at most:
 *               it teaches little (a new dependency lifts the cap, unless a refresh brought it)
 */

/** At most this many facets are listed on a story. */
export const MAX_FACETS = 8;

/** A facet an older signal gives a story it lies in (a first touch), with its weight. */
export interface AbsorbedFacet {
  kind: FacetKind;
  text: string;
  /** The area, language or dependency ("src/db"), from the signal's id. */
  key: string;
  shas: readonly string[];
  /** A first touch's expert and docs (a new area's), given to the story when it has none. */
  expert?: TopicExpert;
  docs?: string[];
}

/** What the story rules need beside the stories. */
export interface StoryInputs {
  ctx: TopicContext;
  isTest: (path: string) => boolean;
  isMentee: IsMentee;
  absorbed: readonly AbsorbedFacet[];
  /** Shas tied to one of the plan's goals, with the goal's name ("G1: Own the cache"). */
  goalOf: ReadonlyMap<string, string>;
}

/** A story ready to become a topic: the draft, the tags its question is chosen by, its helpers. */
export interface StoryDraft {
  draft: TopicDraft;
  tags: string[];
  /** Each person's help, with the commit it was on. */
  helpers: (Help & { sha: string })[];
  story: Story;
  /** Meaningful lines of its work (no lock files, generated code or changelogs). */
  lines: number;
  /** Only churn (changelog, version, lock files, formatting, bots, refreshes): capped low. */
  churn: boolean;
  /** The version it released, for a release story ("3.1.0"). */
  release?: string;
  /** How that release is named: the version, or a module's tag ("gcsfs 1.14.0"). */
  releaseLabel?: string;
}

const DAY = 86_400;

/** Lines that say what was learned: not lock files, generated code or changelogs. */
function meaningful(path: string): boolean {
  return !isGeneratedOrLock(path) && !isChangelog(path);
}

/** "Reviewed by Bo Lind, Cy Park (helped, co-authored)": each person once, with what they did. */
function helpText(helpers: readonly Help[]): string {
  const byPerson = new Map<string, { name: string; roles: HelpRole[] }>();
  for (const h of helpers) {
    const p = byPerson.get(h.key) ?? { name: truncate(h.name, 40), roles: [] };
    if (!p.roles.includes(h.role)) p.roles.push(h.role);
    byPerson.set(h.key, p);
  }
  const people = [...byPerson.values()];
  const shown = people.slice(0, 4).map((p) => `${p.name} (${p.roles.join(', ')})`);
  const more = people.length > 4 ? ` and ${people.length - 4} more` : '';
  return `Help from ${shown.join(', ')}${more}`;
}

/** "3 days later", "the same day". */
function later(from: number, to: number): string {
  const days = Math.round((to - from) / DAY);
  return days <= 0 ? 'the same day' : `${count(days, 'day')} later`;
}

/** True under a documentation or examples folder (docs/conf.py is code, but not tested code). */
function inDocs(path: string): boolean {
  return /(?:^|\/)(?:docs?|documentation|examples?|samples?)\//i.test(path);
}

/** When a commit landed: its commit time (a series applied later lands then), else its author time. */
function landed(c: Commit): number {
  return c.commitTime ?? c.time;
}

/** The first letter upper-cased: "add retry" -> "Add retry". */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a story's release of `version` is named: the one module's label its commits give that
 * version (a tag, "gcsfs 1.14.0"), or the bare version when they give none or several (one
 * version released from two modules is that version).
 */
function releaseLabelOf(traits: readonly CommitTraits[], version: string): string {
  // A bump commit names the bare version; the module's tag on the release commit names it fully.
  const labels = new Set(
    traits.flatMap((t) =>
      t.release === version && t.releaseLabel && t.releaseLabel !== version ? [t.releaseLabel] : [],
    ),
  );
  return labels.size === 1 ? [...labels][0] : version;
}

/** The highest of some versions, compared number by number ("3.10.0" > "3.9.2"). */
function highest(versions: readonly string[]): string {
  const parts = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
  return [...versions].sort((a, b) => {
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (y[i] ?? -2) - (x[i] ?? -2);
      if (d !== 0) return d;
    }
    return 0;
  })[0];
}

/** The subject of a `Revert "..."` commit's target, or the subject itself. */
function revertedSubject(subject: string): string {
  const m = /^Revert "(.*)"$/.exec(subject.trim());
  return m ? m[1] : subject;
}

/**
 * Each story as a topic draft with its facets (see the weights at the top of this file). Stories
 * are given oldest first; `firstRelease` and `firstSecurity` are the oldest of each kind.
 */
export function storyDrafts(stories: readonly Story[], inputs: StoryInputs): StoryDraft[] {
  const { ctx, isTest, isMentee, absorbed, goalOf } = inputs;
  const storyOfSha = new Map<string, number>();
  stories.forEach((s, i) => {
    for (const c of s.commits) storyOfSha.set(c.sha, i);
  });
  // A first touch is a facet of the story where it happened: the one holding its oldest commit
  // (evidence is newest first).
  const facetsOf = new Map<number, AbsorbedFacet[]>();
  for (const facet of absorbed) {
    for (let k = facet.shas.length - 1; k >= 0; k--) {
      const i = storyOfSha.get(facet.shas[k]);
      if (i === undefined) continue;
      facetsOf.set(i, [...(facetsOf.get(i) ?? []), facet]);
      break;
    }
  }
  const followUps = new Map<number, FollowUp[]>();
  for (const f of ctx.data.followUps ?? []) {
    if (isMentee(f.authorName, f.authorEmail)) continue;
    // A bot's change to the same lines is a version bump in a manifest or lock file the mentee
    // also touched (11 of 90 such follow-ups on the labelled contributors): nothing to ask about.
    // A bot's revert or a commit naming the work stays.
    if (f.kind === 'same-lines' && isBot(f.authorName, f.authorEmail)) continue;
    const hit = new Set<number>();
    for (const target of f.targets) {
      const i = storyOfSha.get(target.toLowerCase());
      if (i !== undefined) hit.add(i);
    }
    for (const i of hit) followUps.set(i, [...(followUps.get(i) ?? []), f]);
  }
  // What each path is, worked out once: stories ask about the same files many times.
  const classes = new Map<string, PathClass>();
  const classOf = (path: string): PathClass => {
    let c = classes.get(path);
    if (c === undefined) {
      c = {
        meaningful: meaningful(path),
        test: isTest(path),
        code: isCodeFile(path) && !inDocs(path),
      };
      classes.set(path, c);
    }
    return c;
  };
  const earlier = ctx.data.earlier;
  // "First" is claimed only when the mentee has no commits before the range.
  const first = earlier.commits === 0 && !ctx.data.partial;
  let releases = 0;
  let securities = 0;
  return stories.map((story, index) => {
    const work: Commit[] = [];
    const rework: Commit[] = [];
    story.commits.forEach((c, i) => (story.roles[i] === 'work' ? work : rework).push(c));
    const traits = story.traits.filter((_, i) => story.roles[i] === 'work');
    const facets: TopicFacet[] = [];
    const tags: string[] = [];
    let score = 0;

    // What the work was.
    // A bump and its release commit often name the same version: one release, not two.
    const versions = [
      ...new Set(traits.flatMap((t) => (t.release !== undefined ? [t.release] : []))),
    ];
    const security = traits.find((t) => t.security !== undefined)?.security;
    const backport = traits.find((t) => t.backport);
    const revertOnly = traits.length > 0 && traits.every((t) => t.revert);
    const churn = traits.every((t) => t.churn) && versions.length === 0 && !security;
    let title: string;
    let subject: string;
    let label: string | undefined;
    const lead = mainCommit(work.length > 0 ? work : story.commits, story, classOf);
    const leadTraits = story.traits[story.commits.indexOf(lead)];
    const leadSubject = truncate(pullRequestTitle(work) ?? leadTraits.cleanSubject, 100);
    const prs = [...new Set(traits.flatMap((t) => t.prNumbers))];
    // PR numbers the title's subject does not already name.
    const morePrs = prs.filter((n) => !leadSubject.includes(`#${n}`));
    const prText =
      morePrs.length > 0
        ? ` (${morePrs
            .slice(0, 3)
            .map((n) => `#${n}`)
            .join(', ')})`
        : '';
    if (versions.length > 0) {
      const version = highest(versions);
      label = releaseLabelOf(traits, version);
      releases++;
      const major = /^(\d+)\.0(?:\.0)?$/.exec(version);
      const minor = /^\d+\.\d+(?:\.0)?$/.test(version);
      title = `Released ${label}${major && major[1] !== '0' ? ', a major version' : ''}`;
      subject = `the ${label} release`;
      tags.push('release');
      // What a release shipped is the work before it, not the few lines of its bump commit, so
      // the kind carries the weight of a mid-sized feature. Major and minor releases teach more
      // than patch releases; the first in the range more than the next, a first ever most.
      score += (major ? 36 : minor ? 28 : 20) + (releases === 1 ? 6 : 0) + (first ? 10 : 0);
      if (releases === 1 && first) tags.push('first');
      facets.push({
        kind: 'release',
        text: `Release ${version}${versions.length > 1 ? ` (and ${versions.length - 1} more)` : ''}`,
      });
    } else if (security !== undefined) {
      securities++;
      const id =
        security === 'security' || leadSubject.toUpperCase().includes(security)
          ? ''
          : ` (${security})`;
      title = `Security fix${id}: ${leadSubject}${prText}`;
      subject = `the security fix “${truncate(leadTraits.cleanSubject, 60)}”`;
      tags.push('security');
      score += 18 + (securities === 1 ? 4 : 0) + (first && securities === 1 ? 8 : 0);
      if (securities === 1 && first) tags.push('first');
      facets.push({
        kind: 'security',
        text: security === 'security' ? 'A security fix' : `Security fix for ${security}`,
      });
    } else if (backport !== undefined) {
      const target = traits.find((t) => t.backportTarget !== undefined)?.backportTarget;
      const original = work.find((_, i) => !traits[i].backport);
      const what = truncate(
        capital(
          (original
            ? story.traits[story.commits.indexOf(original)]
            : backport
          ).cleanSubject.replace(/\bback-?port(?:ed|s|ing)?\b:?\s*/i, ''),
        ),
        90,
      );
      title = `Backported “${what}”${target !== undefined ? ` to ${target}` : ''}`;
      subject = `the backport of “${truncate(what, 60)}”`;
      tags.push('backport');
      score += 6;
      facets.push({
        kind: 'backport',
        text: original ? 'The change and its backport' : 'A backport to an older branch',
      });
    } else if (revertOnly) {
      const what = truncate(revertedSubject(lead.subject), 90);
      title = `Reverted “${what}”`;
      subject = `“${truncate(what, 60)}”`;
      tags.push('revert');
      score += 5;
    } else {
      const n = work.length;
      const series = n > 1 && story.landings === 1;
      title = `${leadSubject}${prText}${n > 1 ? (series ? ` (series of ${n} patches)` : ` (${n} commits)`) : ''}`;
      const quoted = `“${truncate(leadTraits.cleanSubject, 60)}”`;
      subject = n > 1 ? (series ? `the series ${quoted}` : `the work on ${quoted}`) : quoted;
      tags.push(traits.every((t) => t.fix) ? 'fix' : 'feature');
    }
    if (work.length > 1 && versions.length === 0) {
      if (story.landings === 1) {
        facets.push({
          kind: 'series',
          text: `A series of ${work.length} patches applied together`,
        });
      } else {
        const days = Math.round((work[work.length - 1].time - work[0].time) / DAY);
        facets.push({
          kind: 'series',
          text: `${count(work.length, 'commit')} over ${count(Math.max(days, 1), 'day')}`,
        });
      }
      if (story.landings === 1) tags.push('series');
    }

    // Size and spread.
    let lines = 0;
    const fileLines = new Map<string, number>();
    const dirs = new Set<string>();
    let newFiles = 0;
    let allFiles = 0;
    const testFiles: string[] = [];
    let codeLines = 0;
    for (const c of work) {
      for (const f of c.files) {
        if (f.added === 0 && f.deleted === 0 && f.oldPath !== undefined) continue;
        const kind = classOf(f.path);
        if (kind.test) {
          if (testFiles.length < 50 && !testFiles.includes(f.path)) testFiles.push(f.path);
        } else if (kind.code) codeLines += f.added + f.deleted;
        if (!kind.meaningful) continue;
        lines += f.added + f.deleted;
        fileLines.set(f.path, (fileLines.get(f.path) ?? 0) + f.added + f.deleted + 1);
        dirs.add(directoryOf(f.path));
        allFiles++;
        if (!earlier.paths.has(f.path)) newFiles++;
      }
    }
    score += Math.min(36, 4 * Math.log2(1 + lines));
    score += Math.min(9, 3 * Math.log2(1 + work.length));
    score += Math.min(6, 2 * Math.max(0, dirs.size - 1));
    if (earlier.commits > 0 && allFiles > 0) score += (10 * newFiles) / allFiles;
    if (lines >= 500) tags.push('large');
    if (lines < 30) tags.push('small');
    if (lines > 0) {
      facets.push({
        kind: 'size',
        text: `${lines} ${lines === 1 ? 'line' : 'lines'} in ${count(fileLines.size, 'file')}${dirs.size > 1 ? ` across ${count(dirs.size, 'folder')}` : ''}`,
      });
    }

    // First touches an older signal found, now facets of this story.
    const weights: Partial<Record<FacetKind, number>> = {
      'new-area': 6,
      'new-language': 5,
      'new-dependency': 6,
      'build-or-ci': 3,
    };
    let expert: TopicExpert | undefined;
    let docs: string[] | undefined;
    for (const f of facetsOf.get(index) ?? []) {
      expert ??= f.expert;
      if (docs === undefined && f.docs !== undefined && f.docs.length > 0) docs = f.docs;
      // A story's title never says "the top folder"; neither do its facets.
      // The oldest of its commits in this story: the first touch itself.
      const inStory = new Set(story.commits.map((c) => c.sha));
      const sha = [...f.shas].reverse().find((x) => inStory.has(x));
      facets.push({
        kind: f.kind,
        text: f.text.split('the top folder').join('top-level files'),
        key: f.key,
        ...(sha !== undefined ? { sha } : {}),
      });
      if (!tags.includes(f.kind)) {
        tags.push(f.kind);
        score += weights[f.kind] ?? 0;
      }
    }

    // Tests: never "no tests" when any commit of the story touches a test.
    const anyTest = story.commits.some((c) => c.files.some((f) => classOf(f.path).test));
    if (testFiles.length > 0) {
      const shown = testFiles
        .slice(0, 2)
        .map((p) => truncate(p, 60))
        .join(', ');
      facets.push({
        kind: 'tests',
        text: `Tests changed: ${shown}${testFiles.length > 2 ? ` and ${testFiles.length - 2} more` : ''}`,
      });
      tags.push('tests');
      score += 2;
    } else if (!anyTest && codeLines >= 40 && !churn && versions.length === 0) {
      facets.push({ kind: 'no-tests', text: 'No test files changed in these commits' });
      tags.push('no-tests');
    }

    // Rework: later fixes and reverts by the mentee, and follow-ups by others.
    if (rework.length > 0) {
      const landedAt = landed(work.length > 0 ? work[work.length - 1] : rework[0]);
      for (const c of rework.slice(0, 3)) {
        const revert = c.subject.startsWith('Revert "') || /This reverts commit/.test(c.body);
        facets.push({
          kind: revert ? 'revert' : 'rework',
          text: `${revert ? 'Reverted' : 'Followed up'} ${later(landedAt, landed(c))}: ${truncate(c.subject, 70)}`,
          sha: c.sha,
        });
      }
      tags.push(rework.some((c) => c.subject.startsWith('Revert "')) ? 'revert' : 'rework');
      score += Math.min(11, 5 + 2 * rework.length);
    }
    const others = followUps.get(index) ?? [];
    if (others.length > 0) {
      const landedAt = landed(work[work.length - 1] ?? story.commits[0]);
      for (const f of others.slice(0, 3)) {
        const verb = f.kind === 'revert' ? 'Reverted' : f.kind === 'fixes' ? 'Fixed' : 'Changed';
        facets.push({
          kind: 'followed-up',
          text: `${verb} by ${truncate(f.authorName, 40)} ${later(landedAt, f.time)} (${f.sha.slice(0, 7)})`,
        });
      }
      tags.push('followed-up');
      if (others.some((f) => f.kind === 'revert')) tags.push('revert');
      else tags.push('rework');
      score += 8 + (others.some((f) => f.kind === 'revert') ? 2 : 0);
    }

    // Who helped.
    const helpers: (Help & { sha: string })[] = [];
    for (const c of story.commits)
      for (const h of helpersOf(c, isMentee)) helpers.push({ ...h, sha: c.sha });
    const people = new Set(helpers.map((h) => h.key));
    if (helpers.length > 0) {
      facets.push({ kind: 'help', text: helpText(helpers) });
      tags.push('help');
      if (helpers.some((h) => h.role === 'reviewed' || h.role === 'acked')) tags.push('review');
      score += Math.min(12, 4 * people.size);
    }

    // Goal and recency.
    const goal = story.commits.map((c) => goalOf.get(c.sha)).find((g) => g !== undefined);
    if (goal !== undefined) {
      facets.push({ kind: 'goal', text: `Toward goal ${goal}` });
      tags.push('goal');
      score += 8;
    }
    const newest = story.commits[story.commits.length - 1].time;
    score += Math.max(0, 6 * (1 - (ctx.now - newest) / (90 * DAY)));

    // A new dependency lifts churn out of the cap, unless it came in a routine refresh.
    const refreshOnly = traits.length > 0 && traits.every((t) => t.refresh);
    const final =
      churn && (!tags.includes('new-dependency') || refreshOnly) ? Math.min(10, score) : score;
    const files = [...fileLines.entries()]
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .map(([p]) => p);
    if (files.length === 0)
      for (const c of story.commits) for (const f of c.files) files.push(f.path);
    return {
      draft: {
        id: `story:${story.key}`,
        kind: 'story',
        title: truncate(title, 160),
        subject,
        score: Math.max(1, Math.min(89, Math.round(final))),
        evidence: evidence(
          ctx,
          [...story.commits].reverse().map((c) => c.sha),
          files,
        ),
        facets: facets.slice(0, MAX_FACETS),
        ...(expert !== undefined ? { expert } : {}),
        ...(docs !== undefined ? { docs } : {}),
      },
      tags,
      helpers,
      story,
      lines,
      churn: churn && (!tags.includes('new-dependency') || refreshOnly),
      ...(label !== undefined ? { release: highest(versions), releaseLabel: label } : {}),
    };
  });
}

/** What the story rules need to know of a path. */
interface PathClass {
  meaningful: boolean;
  test: boolean;
  /** Code that tests could cover, outside docs and examples. */
  code: boolean;
}

/** The commit that says best what the story was: the work commit with the most meaningful lines. */
function mainCommit(
  commits: readonly Commit[],
  story: Story,
  classOf: (path: string) => PathClass,
): Commit {
  const churn = new Set(story.commits.filter((_, i) => story.traits[i].churn));
  let best = commits[0];
  let most = -1;
  for (const c of commits) {
    if (churn.has(c) && commits.length > 1) continue;
    let lines = 0;
    for (const f of c.files) if (classOf(f.path).meaningful) lines += f.added + f.deleted;
    if (lines > most) {
      best = c;
      most = lines;
    }
  }
  return best;
}

/**
 * The title of the pull request that brought in all of `work` (two commits or more), when its
 * merge subject is that title ("Add a pager option (#123)", as newer GitHub merges write it)
 * rather than "Merge pull request #123 from ..." or "Merge branch ...": it names the whole work,
 * where any one commit names a step.
 */
function pullRequestTitle(work: readonly Commit[]): string | undefined {
  const merge = work[0]?.merge;
  if (work.length < 2 || merge === undefined) return undefined;
  if (work.some((c) => c.merge?.sha !== merge.sha)) return undefined;
  if (/^Merge\b/i.test(merge.subject)) return undefined;
  const title = merge.subject.replace(/\s*\(#\d+\)\s*$/, '').trim();
  return title === '' ? undefined : title;
}
