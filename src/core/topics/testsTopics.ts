import type { Commit, FileChange } from './historyData';
import { areaOf, isWork, workByArea } from './firstTouches';
import { isBuildOrCi, isGeneratedOrLock, isTestFile, languageOf } from './paths';
import {
  addEvidenceFile,
  count,
  dirName,
  evidence,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/** Code changed without tests in at least this many commits makes a topic. */
export const TESTS_MIN_COMMITS = 3;

/** True for hand-written code that tests could cover (not tests, build files or generated code). */
export function isCodeFile(path: string): boolean {
  return (
    languageOf(path) !== undefined &&
    !isTestFile(path) &&
    !isGeneratedOrLock(path) &&
    !isBuildOrCi(path)
  );
}

/** A change to code, not a pure move of it. */
function isCodeChange(file: FileChange): boolean {
  return isWork(file) && isCodeFile(file.path);
}

/** A change to a test, not a pure move of it. */
function isTestChange(file: FileChange): boolean {
  return isWork(file) && isTestFile(file.path);
}

/**
 * Tests beside code, both ways: commits that change code and tests together (worth asking what
 * the tests taught), and TESTS_MIN_COMMITS or more commits that change code with no test file
 * (worth asking how the mentee knows it works). Files only moved count as neither. The subject
 * is the area with the most code work.
 */
export function testsTopics(ctx: TopicContext): TopicDraft[] {
  const withTests: Commit[] = [];
  const withoutTests: Commit[] = [];
  for (const commit of ctx.data.commits) {
    if (!commit.files.some(isCodeChange)) continue;
    if (commit.files.some(isTestChange)) withTests.push(commit);
    else withoutTests.push(commit);
  }
  const topics: TopicDraft[] = [];
  if (withoutTests.length >= TESTS_MIN_COMMITS) {
    const { subject, files } = codeWork(withoutTests);
    topics.push({
      id: 'tests:without',
      kind: 'tests',
      title: `Code changed without tests in ${count(withoutTests.length, 'commit')}`,
      subject,
      score: score(SCORES.testsWithout, withoutTests.length - TESTS_MIN_COMMITS),
      evidence: evidence(
        ctx,
        withoutTests.map((c) => c.sha),
        files,
      ),
    });
  }
  if (withTests.length > 0) {
    const { subject, files } = codeWork(withTests, true);
    topics.push({
      id: 'tests:with',
      kind: 'tests',
      title: `Tests written alongside code in ${count(withTests.length, 'commit')}`,
      subject,
      score: score(SCORES.testsWith, withTests.length - 1),
      evidence: evidence(
        ctx,
        withTests.map((c) => c.sha),
        files,
      ),
    });
  }
  return topics;
}

/** The area with the most code work in `commits`, and their code (and, if asked, test) files. */
function codeWork(commits: Commit[], andTests = false): { subject: string; files: string[] } {
  const top = workByArea(commits, (file) =>
    isCodeChange(file) ? areaOf(file.path) : undefined,
  )[0];
  // Tests first when they are the point of the topic: the evidence shows them within the cap.
  const files: string[] = [];
  if (andTests) {
    for (const c of commits)
      for (const f of c.files) if (isTestChange(f)) addEvidenceFile(files, f.path);
  }
  for (const c of commits)
    for (const f of c.files) if (isCodeChange(f)) addEvidenceFile(files, f.path);
  return { subject: top === undefined ? 'this code' : dirName(top.dir), files };
}
