import { docsFor } from './docsFor';
import { areaOf, isWork, type NewArea } from './firstTouches';
import { directoryOf, rollUp } from './paths';
import {
  addEvidenceFile,
  compareText,
  count,
  dirName,
  evidence,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/** Areas of work are directories cut to this many segments: broad enough to be one cluster. */
export const WORK_AREA_DEPTH = 2;

/** At most this many area topics. */
export const MAX_AREA_TOPICS = 5;

/** How much work went into an area: log-damped lines plus log-damped commits (see topicScores). */
export function areaWeight(lines: number, commits: number): number {
  return Math.log2(1 + lines) + 2 * Math.log2(1 + commits);
}

/**
 * The areas (firstTouches.areaOf) whose files the given new-area topics already tell about: each
 * new area's members.
 */
export function coveredAreas(newAreas: readonly NewArea[]): Set<string> {
  const covered = new Set<string>();
  for (const area of newAreas) for (const member of area.members) covered.add(member);
  return covered;
}

/**
 * Where the work went: the range's files clustered by directory (WORK_AREA_DEPTH segments),
 * weighted by lines and commits, the heaviest few. Lock files, generated code and pure moves are
 * not work. Files in a `covered` area (coveredAreas of the new-area topics) are left to those
 * topics: new areas are cut deeper or merged higher than work areas, so "Work in src/core" would
 * otherwise repeat "First work in src/core/records". A work area with nothing else is no topic;
 * one with other work counts only that work.
 */
export function areaTopics(ctx: TopicContext, covered: ReadonlySet<string>): TopicDraft[] {
  const areas = new Map<string, { lines: number; shas: string[]; files: string[] }>();
  for (const commit of ctx.data.commits) {
    for (const file of commit.files) {
      if (!isWork(file) || covered.has(areaOf(file.path))) continue;
      const dir = rollUp(directoryOf(file.path), WORK_AREA_DEPTH);
      let area = areas.get(dir);
      if (area === undefined) {
        area = { lines: 0, shas: [], files: [] };
        areas.set(dir, area);
      }
      area.lines += file.added + file.deleted;
      if (area.shas[area.shas.length - 1] !== commit.sha) area.shas.push(commit.sha);
      addEvidenceFile(area.files, file.path);
    }
  }
  return [...areas.entries()]
    .map(([dir, a]) => ({ dir, ...a, weight: areaWeight(a.lines, a.shas.length) }))
    .sort((a, b) => b.weight - a.weight || compareText(a.dir, b.dir))
    .slice(0, MAX_AREA_TOPICS)
    .map((a) => {
      const topic: TopicDraft = {
        id: `area:${a.dir}`,
        kind: 'area',
        title: `Work in ${dirName(a.dir)} (${count(a.shas.length, 'commit')}, ${count(a.lines, 'line')})`,
        subject: dirName(a.dir),
        score: score(SCORES.area, Math.round(a.weight)),
        evidence: evidence(ctx, a.shas, a.files),
      };
      const docs = docsFor(ctx.data.docs, a.dir);
      if (docs.length > 0) topic.docs = docs;
      return topic;
    });
}
