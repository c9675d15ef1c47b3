import * as assert from 'node:assert/strict';
import {
  areaOf,
  MAX_NEW_AREAS_WITHOUT_HISTORY,
  newAreaDirs,
  workByArea,
} from '../../src/core/topics/firstTouches';
import { commit, history, sha } from '../support/historyBuilder';

describe('topics: first touches of directories', () => {
  it('rolls a file up to its area, at most three folders deep', () => {
    assert.equal(areaOf('src/db/migrations/v2/001.sql'), 'src/db/migrations');
    assert.equal(areaOf('src/db/x.ts'), 'src/db');
    assert.equal(areaOf('x.ts'), '');
  });

  it('lists areas no earlier path lies in, most lines first, a new sub-folder within its new parent', () => {
    const data = history(
      [
        commit({
          n: 1,
          files: [
            ['src/db/pool.ts', 40],
            ['src/ui/button.ts', 5],
          ],
        }),
        commit({ n: 2, files: [['infra/terraform/main.tf', 200]] }),
        commit({ n: 3, files: [['src/db/migrations/v2/001.sql', 30]] }),
      ],
      { earlier: ['src/ui/old.ts', 'README.md'] },
    );
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), ['infra/terraform', 'src/db']);
  });

  it('counts a folder as touched when an earlier path lies deeper in it', () => {
    const data = history([commit({ n: 1, files: ['src/a.ts', 'src/db/b.ts'] })], {
      earlier: ['src/db/migrations/v1/x.sql'],
    });
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), []);
  });

  it('does not take a folder with a shared prefix for a touched one', () => {
    const data = history([commit({ n: 1, files: ['src/db/a.ts'] })], {
      earlier: ['src/dbx/a.ts', 'src/d'],
    });
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), ['src/db']);
  });

  it('treats the top folder as new only when no earlier path sits there', () => {
    const data = history([commit({ n: 1, files: ['Makefile'] })], { earlier: ['src/a.ts'] });
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), ['']);
    const before = history([commit({ n: 1, files: ['Makefile'] })], { earlier: ['README.md'] });
    assert.deepEqual(newAreaDirs(before.commits, before.earlier), []);
  });

  it('breaks ties in lines by commits, then by name', () => {
    const data = history(
      [
        commit({
          n: 1,
          files: [
            ['b', 0],
            ['a/x', 10],
            ['c/x', 5],
          ],
        }),
        commit({ n: 2, files: [['c/y', 5]] }),
        commit({ n: 3, files: [['z/x', 10]] }),
      ],
      { earlier: ['b'] },
    );
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), ['c', 'a', 'z']);
  });

  it('leaves lock files and vendored code out', () => {
    const data = history(
      [
        commit({
          n: 1,
          files: [['vendor/github.com/x/y.go', 9000], ['web/yarn.lock', 500], 'web/a.ts'],
        }),
      ],
      { earlier: ['README.md'] },
    );
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), ['web']);
  });

  it(`keeps the ${MAX_NEW_AREAS_WITHOUT_HISTORY} busiest areas when there is no earlier history`, () => {
    const files = Array.from(
      { length: 8 },
      (_, i) => [`dir${i}/a.ts`, 100 - i] as [string, number],
    );
    const data = history([commit({ n: 1, files })]);
    assert.deepEqual(newAreaDirs(data.commits, data.earlier), [
      'dir0',
      'dir1',
      'dir2',
      'dir3',
      'dir4',
    ]);
  });

  it('keeps every new area when there is earlier history', () => {
    const files = Array.from({ length: 8 }, (_, i) => `dir${i}/a.ts`);
    const data = history([commit({ n: 1, files })], { earlier: ['other/x.ts'] });
    assert.equal(newAreaDirs(data.commits, data.earlier).length, 8);
  });

  it('returns nothing for no commits', () => {
    assert.deepEqual(newAreaDirs([], { paths: new Set(), commits: 0 }), []);
  });

  it('sums the work per area with its commits and files', () => {
    const data = history([
      commit({
        n: 1,
        daysAgo: 2,
        files: [
          ['src/a.ts', 3, 2],
          ['src/b.ts', 1],
        ],
      }),
      commit({ n: 2, daysAgo: 1, files: [['src/a.ts', 4]] }),
    ]);
    assert.deepEqual(workByArea(data.commits), [
      {
        dir: 'src',
        lines: 10,
        commits: 2,
        shas: [sha(2), sha(1)],
        files: ['src/a.ts', 'src/b.ts'],
      },
    ]);
  });
});
