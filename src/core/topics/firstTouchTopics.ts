import { docsFor } from './docsFor';
import { expertFor } from './expertFor';
import type { NewArea } from './firstTouches';
import { isPureRename } from './isPureRename';
import { isBuildOrCi, isGeneratedOrLock, languageOf } from './paths';
import {
  compareText,
  count,
  dirName,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/*
 * First touches in the mentee's whole history (the range against data.earlier): a directory, a
 * language, a dependency, a build or CI file. Each kind is capped so that a mentee's first month,
 * when everything is a first, does not bury the other topics.
 */

/** At most this many topics of each first-touch kind. */
export const MAX_NEW_AREA_TOPICS = 5;
export const MAX_NEW_LANGUAGE_TOPICS = 3;
export const MAX_NEW_DEPENDENCY_TOPICS = 5;
export const MAX_BUILD_OR_CI_TOPICS = 3;

/**
 * First work in a directory (the new areas of firstTouches.newAreas, the most worked first), with
 * the expert to ask and the docs to read there.
 */
export function newAreaTopics(ctx: TopicContext, areas: readonly NewArea[]): TopicDraft[] {
  const topics: TopicDraft[] = [];
  for (const area of areas.slice(0, MAX_NEW_AREA_TOPICS)) {
    const dir = area.dir;
    const topic: TopicDraft = {
      id: `new-area:${dir}`,
      kind: 'new-area',
      title: `First work in ${dirName(dir)} (${count(area.commits, 'commit')})`,
      subject: dirName(dir),
      score: score(SCORES.newArea, area.commits - 1),
      evidence: evidence(ctx, area.shas, area.files),
    };
    const expert = expertFor(ctx.data.experts, dir, ctx.now);
    if (expert !== undefined) topic.expert = expert;
    const docs = docsFor(ctx.data.docs, dir);
    if (docs.length > 0) topic.docs = docs;
    topics.push(topic);
  }
  return topics;
}

/**
 * First code in a language none of the mentee's earlier files were written in. Moving a file
 * (isPureRename) is not writing in its language.
 */
export function newLanguageTopics(ctx: TopicContext): TopicDraft[] {
  const known = new Set<string>();
  for (const path of ctx.data.earlier.paths) {
    const language = languageOf(path);
    if (language !== undefined) known.add(language);
  }
  const found = new Map<string, { lines: number; shas: string[]; files: Set<string> }>();
  for (const commit of ctx.data.commits) {
    for (const file of commit.files) {
      const language = languageOf(file.path);
      if (language === undefined || known.has(language)) continue;
      if (isGeneratedOrLock(file.path) || isPureRename(file)) continue;
      let entry = found.get(language);
      if (entry === undefined) {
        entry = { lines: 0, shas: [], files: new Set() };
        found.set(language, entry);
      }
      entry.lines += file.added + file.deleted;
      if (entry.shas[entry.shas.length - 1] !== commit.sha) entry.shas.push(commit.sha);
      entry.files.add(file.path);
    }
  }
  return [...found.entries()]
    .sort(([a, x], [b, y]) => y.lines - x.lines || y.files.size - x.files.size || compareText(a, b))
    .slice(0, MAX_NEW_LANGUAGE_TOPICS)
    .map(([language, entry]) => ({
      id: `new-language:${language}`,
      kind: 'new-language',
      title: `First work in ${language} (${count(entry.files.size, 'file')})`,
      subject: language,
      score: score(SCORES.newLanguage, entry.files.size - 1),
      evidence: evidence(ctx, entry.shas, entry.files),
    }));
}

/**
 * Dependencies the mentee added (data.dependencyAdds): one topic per manifest change, naming every
 * dependency that change added, so that a commit adding a toolchain's worth of packages is one
 * conversation, not five topics burying the rest. A name added again later (in another manifest)
 * counts with its first change only.
 */
export function newDependencyTopics(ctx: TopicContext): TopicDraft[] {
  const byChange = new Map<string, { sha: string; manifest: string; names: string[] }>();
  const seen = new Set<string>();
  // Oldest first, so that a name belongs to the change that first added it.
  const adds = ctx.data.dependencyAdds
    .filter((add) => ctx.order.has(add.sha))
    .sort((a, b) => (ctx.order.get(b.sha) ?? 0) - (ctx.order.get(a.sha) ?? 0));
  for (const add of adds) {
    if (seen.has(add.name)) continue;
    seen.add(add.name);
    const key = `${add.manifest}\0${add.sha}`;
    let entry = byChange.get(key);
    if (entry === undefined) {
      entry = { sha: add.sha, manifest: add.manifest, names: [] };
      byChange.set(key, entry);
    }
    entry.names.push(add.name);
  }
  // Newest change first.
  return [...byChange.values()]
    .sort(
      (a, b) =>
        (ctx.order.get(a.sha) ?? 0) - (ctx.order.get(b.sha) ?? 0) ||
        compareText(a.manifest, b.manifest),
    )
    .slice(0, MAX_NEW_DEPENDENCY_TOPICS)
    .map((entry) => {
      const ev = evidence(ctx, [entry.sha], [entry.manifest]);
      const names = entry.names.map((n) => truncate(n));
      const listed =
        names.length <= 3
          ? names.join(', ')
          : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
      return {
        id: `new-dependency:${entry.manifest}@${entry.sha}`,
        kind: 'new-dependency',
        title:
          names.length === 1
            ? `New dependency ${names[0]} in ${truncate(entry.manifest)}`
            : `New dependencies in ${truncate(entry.manifest)}: ${listed}`,
        subject: listed,
        score: score(SCORES.newDependency, names.length - 1),
        evidence: ev,
      };
    });
}

/**
 * A build or CI file the mentee changed for the first time: never in the earlier history, under
 * this path or the one it was renamed from. Changing one they changed before is not a topic.
 */
export function buildOrCiTopics(ctx: TopicContext): TopicDraft[] {
  const earlier = ctx.data.earlier.paths;
  const found = new Map<string, { lines: number; shas: string[] }>();
  for (const commit of ctx.data.commits) {
    for (const file of commit.files) {
      if (!isBuildOrCi(file.path) || earlier.has(file.path)) continue;
      if (file.oldPath !== undefined && earlier.has(file.oldPath)) continue;
      let entry = found.get(file.path);
      if (entry === undefined) {
        entry = { lines: 0, shas: [] };
        found.set(file.path, entry);
      }
      entry.lines += file.added + file.deleted;
      if (entry.shas[entry.shas.length - 1] !== commit.sha) entry.shas.push(commit.sha);
    }
  }
  return [...found.entries()]
    .sort(
      ([a, x], [b, y]) => y.shas.length - x.shas.length || y.lines - x.lines || compareText(a, b),
    )
    .slice(0, MAX_BUILD_OR_CI_TOPICS)
    .map(([path, entry]) => ({
      id: `build-or-ci:${path}`,
      kind: 'build-or-ci',
      title: `First change to ${truncate(path)} (${count(entry.shas.length, 'commit')})`,
      subject: truncate(path),
      score: score(SCORES.buildOrCi, entry.shas.length - 1),
      evidence: evidence(ctx, entry.shas, [path]),
    }));
}
