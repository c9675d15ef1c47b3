import type { Commit } from './historyData';
import { isBuildOrCi, isTestFile } from './paths';

/** A project's own test folder is learned from at least this many test-looking commits. */
export const MIN_TEST_COMMITS = 3;

/** Folders that run tests rather than hold them: hidden ones and `ci/`. */
const RUNS_TESTS = /^(?:\.|ci(?:\/|$))/i;

const TEST_SUBJECT = /\b(?:tests?|testing|testsuite|test-suite|specs?)\b/i;

/** The first and first two folders of a path ("a", "a/b"), none for a top-level file. */
function foldersOf(path: string): string[] {
  const parts = path.split('/');
  if (parts.length < 2) return [];
  return parts.length < 3 ? [parts[0]] : [parts[0], `${parts[0]}/${parts[1]}`];
}

/**
 * Tells test files in this project: the common layouts (isTestFile: t/, test/, tests/,
 * testdata/, spec/, __tests__/, *_test.go, test_*.py, *Test.java, *.test.*, ...) and the
 * project's own convention, learned from where test-looking commits go: a folder that most
 * commits whose subject says "test" touch (at least MIN_TEST_COMMITS of them), and that they touch
 * at least twice as often as the other commits do (and at most 30% of those), so a source
 * folder that every commit touches is never taken for tests. A hidden folder (.github) or ci/ is
 * never learned, and a build or CI file is never a test, wherever it lies. Linear in the commits' files.
 */
export function testLayout(commits: readonly Commit[]): (path: string) => boolean {
  const testy = new Map<string, number>();
  const other = new Map<string, number>();
  let testCommits = 0;
  for (const commit of commits) {
    const isTesty = TEST_SUBJECT.test(commit.subject);
    if (isTesty) testCommits++;
    const seen = new Set<string>();
    for (const f of commit.files) for (const d of foldersOf(f.path)) seen.add(d);
    const counts = isTesty ? testy : other;
    for (const d of seen) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const learned: string[] = [];
  if (testCommits >= MIN_TEST_COMMITS) {
    const others = Math.max(1, commits.length - testCommits);
    for (const [dir, n] of testy) {
      // A hidden folder (.github, .circleci, .gitlab) or ci/ holds what runs the tests, which
      // commits about tests touch too: it is never the project's test folder.
      if (RUNS_TESTS.test(dir)) continue;
      const rate = n / testCommits;
      const otherRate = (other.get(dir) ?? 0) / others;
      if (n >= MIN_TEST_COMMITS && rate > 0.5 && rate >= 2 * otherRate && otherRate <= 0.3)
        learned.push(`${dir}/`);
    }
  }
  // Remembered per path: the story rules ask about the same files many times.
  const known = new Map<string, boolean>();
  return (path) => {
    let answer = known.get(path);
    if (answer === undefined) {
      answer =
        isTestFile(path) || (learned.some((dir) => path.startsWith(dir)) && !isBuildOrCi(path));
      known.set(path, answer);
    }
    return answer;
  };
}
