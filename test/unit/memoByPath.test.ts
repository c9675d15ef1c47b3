import * as assert from 'node:assert/strict';
import { memoByPath } from '../../src/core/topics/memoByPath';
import {
  isBuildOrCi,
  isGeneratedOrLock,
  isTestFile,
  languageOf,
} from '../../src/core/topics/paths';

describe('topics: classifying a path once (memoByPath)', () => {
  it('asks the classifier once per path and gives its answer every time, undefined included', () => {
    const asked: string[] = [];
    const lang = memoByPath((p: string) => {
      asked.push(p);
      return p.endsWith('.ts') ? 'TypeScript' : undefined;
    });
    assert.deepEqual(
      ['a.ts', 'b.md', 'a.ts', 'b.md', 'a.ts'].map((p) => lang(p)),
      ['TypeScript', undefined, 'TypeScript', undefined, 'TypeScript'],
    );
    assert.deepEqual(asked, ['a.ts', 'b.md']);
  });

  it('holds at most its bound: once full it starts over, with the same answers', () => {
    const asked: string[] = [];
    const upper = memoByPath((p: string) => {
      asked.push(p);
      return p.toUpperCase();
    }, 2);
    assert.deepEqual(
      ['a', 'b', 'a', 'c', 'a', 'c'].map((p) => upper(p)),
      ['A', 'B', 'A', 'C', 'A', 'C'],
    );
    // "c" did not fit beside a and b: the memo was emptied, so "a" was asked again.
    assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  });

  it('answers a path the same the second time as the first (paths.ts classifiers)', () => {
    const paths = ['src/x_test.go', 'vendor/a.js', 'Dockerfile', 'src/a.R', 'docs/a.md'];
    for (const p of paths) {
      const first = [isTestFile(p), isGeneratedOrLock(p), isBuildOrCi(p), languageOf(p)];
      assert.deepEqual([isTestFile(p), isGeneratedOrLock(p), isBuildOrCi(p), languageOf(p)], first);
    }
    assert.deepEqual(
      paths.map((p) => [isTestFile(p), isGeneratedOrLock(p), isBuildOrCi(p), languageOf(p)]),
      [
        [true, false, false, 'Go'],
        [false, true, false, 'JavaScript'],
        [false, false, true, undefined],
        [false, false, false, 'R'],
        [false, false, false, undefined],
      ],
    );
  });
});
