// Releases in any ecosystem (issue 16: "Releases ... are not recognised"): the subjects projects
// use for the commit that cuts a version, and the look-alikes that are not one.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import {
  releaseVersion,
  taggedRelease,
  tagRelease,
  tagVersion,
} from '../../src/core/topics/releaseVersion';
import { commit, history, NOW, sha } from '../support/historyBuilder';

describe('topics: which release a commit cuts', () => {
  it('reads the version from the release subjects of npm, release-please, Python, Go and Rust projects', () => {
    const cases: [string, string][] = [
      ['4.21.2', '4.21.2'],
      ['v5.0.0', '5.0.0'],
      ['1.2.3 (#456)', '1.2.3'],
      ['Release v1.2.3 (#123)', '1.2.3'],
      ['release version 3.1.0', '3.1.0'],
      ['chore: release 1.2.3', '1.2.3'],
      ['chore(main): release 1.2.0', '1.2.0'],
      ['chore(release): 1.2.0', '1.2.0'],
      ['build: release v2.3.4', '2.3.4'],
      ['[release] 1.2.3', '1.2.3'],
      ['Version 2.0.0 released', '2.0.0'],
      ['Releasing 1.2.3', '1.2.3'],
      ['Prepare release 2.1.0', '2.1.0'],
      ['Release 0.12.0: more widgets', '0.12.0'],
      ['release 3.0.0-rc.1', '3.0.0-rc.1'],
      ['ripgrep 14.1.0', '14.1.0'],
      ['cobra v1.1.0 release', '1.1.0'],
    ];
    for (const [subject, version] of cases)
      assert.equal(releaseVersion(subject, false), version, subject);
  });

  it('counts a version bump as a release only when the commit changes nothing but version files', () => {
    for (const subject of ['Bump version to 1.2.3', 'Update version to 1.0.1', 'Bump to v2.0.1']) {
      assert.equal(releaseVersion(subject, true), subject.replace(/^.* v?/, ''), subject);
      assert.equal(releaseVersion(subject, false), undefined, subject);
    }
  });

  it('is no release: a dependency bump, a development version, a runtime dropped, a fix naming a version', () => {
    for (const subject of [
      'Bump lodash from 4.17.20 to 4.17.21',
      'Bump version to 3.2.0.dev0',
      'start version 3.2.0',
      'drop support for Python 3.8',
      'Fix crash in the 2.0 parser',
      "Merge branch 'release-1.2'",
    ])
      assert.equal(releaseVersion(subject, true), undefined, subject);
  });
});

describe('topics: releases from tags', () => {
  it('reads the version from release tags of single projects and of modules or crates', () => {
    const cases: [string, string | undefined][] = [
      ['v1.2.3', '1.2.3'],
      ['1.2.3', '1.2.3'],
      ['v8.6.0', '8.6.0'],
      ['gcsfs/v1.14.0', '1.14.0'],
      ['ignore-0.4.22', '0.4.22'],
      ['rack_3.1.0', '3.1.0'],
      ['v4.0.0.rc1', '4.0.0.rc1'],
      ['v2.0.0-beta.2', '2.0.0-beta.2'],
      ['1.2.0.dev0', undefined],
      ['nightly', undefined],
      ['before-rewrite', undefined],
      ['build-2024', undefined],
      ['v2', undefined],
      ['1.2.3-and-more', undefined],
      ['sdk/metric/v1.0.0', '1.0.0'],
      ['pkg@1.2.3', '1.2.3'],
      ['@scope/pkg@1.2.3', '1.2.3'],
      ['v1.2.3+build.5', '1.2.3'],
      ['build-123.4', undefined],
      ['nightly-2024.01', undefined],
      ['deploy/prod-1.2.3', undefined],
    ];
    for (const [name, version] of cases) assert.equal(tagVersion(name), version, name);
  });

  it('takes a tag as a release only on commits that look like release work', () => {
    const tag = (version: string, label = version) => ({ version, label });
    const version = (subject: string, tags: string[], onlyChores: boolean, releaseChore: boolean) =>
      taggedRelease(
        subject,
        tags.map((v) => tag(v)),
        onlyChores,
        releaseChore,
      )?.version;
    assert.equal(version('Updates for 8.6.0', ['8.6.0'], false, false), '8.6.0');
    assert.equal(version('Update afero to v1.14.0', ['1.14.0'], true, false), '1.14.0');
    assert.equal(version('Update the changelog', ['2.1.0'], false, true), '2.1.0');
    // A maintainer may tag whatever commit is newest: a feature is not a release.
    assert.equal(version('Add a pager option', ['2.1.0'], false, false), undefined);
    // A longer number that only contains the version does not name it.
    assert.equal(version('Port fixes from 12.1.0.5', ['2.1.0'], false, false), undefined);
    assert.equal(version('Support 2.1.01 files', ['2.1.0'], false, false), undefined);
    assert.equal(version('Updates for 8.6.0', [], true, true), undefined);
  });

  it('names a release by its package or module', () => {
    assert.deepEqual(
      ['gcsfs/v1.14.0', 'sdk/metric/v1.0.0', '@scope/pkg@1.2.3', 'release-1.2.3', 'v1.2.3'].map(
        (n) => tagRelease(n)?.label,
      ),
      ['gcsfs 1.14.0', 'sdk/metric 1.0.0', '@scope/pkg 1.2.3', '1.2.3', '1.2.3'],
    );
  });

  it('picks one of several tags on a commit: the one its subject names, a final version, the highest', () => {
    const tags = (...names: string[]) => names.map((n) => tagRelease(n)!);
    // A release candidate promoted on the same commit: the final version, whatever the tag order.
    assert.equal(
      taggedRelease('Prepare 2.5', tags('v2.5.0', 'v2.5.0-rc1'), true, false)?.version,
      '2.5.0',
    );
    assert.equal(
      taggedRelease('Prepare 2.5', tags('v2.5.0-rc1', 'v2.5.0'), true, false)?.version,
      '2.5.0',
    );
    assert.equal(
      taggedRelease('Prepare 3', tags('v3.0.0-rc.2', 'v3.0.0'), true, false)?.version,
      '3.0.0',
    );
    // Two packages released from one commit: the one the subject names, else the highest.
    assert.equal(
      taggedRelease('chore: release a 1.1.0', tags('a-v1.1.0', 'b-v2.0.0'), true, false)?.label,
      'a 1.1.0',
    );
    assert.equal(
      taggedRelease('chore: releases', tags('a-v1.1.0', 'b-v2.0.0'), true, false)?.label,
      'b 2.0.0',
    );
    assert.equal(
      taggedRelease('Add a pager', tags('v2.5.0', 'v2.5.0-rc1'), false, false),
      undefined,
    );
  });

  it('raises a tagged commit of the mentee as a release, one per version across modules', () => {
    const data = history(
      [
        commit({ n: 1, daysAgo: 3, subject: 'Update afero to v1.14.0', files: ['gcsfs/go.mod'] }),
        commit({ n: 2, daysAgo: 3, subject: 'Update afero to v1.14.0', files: ['sftpfs/go.mod'] }),
        commit({ n: 3, daysAgo: 9, subject: 'Add a walk helper', files: [['walk.go', 80]] }),
      ],
      {
        earlier: ['go.mod', 'walk_test.go'],
        releaseTags: [
          { name: 'gcsfs/v1.14.0', version: '1.14.0', sha: sha(1) },
          { name: 'sftpfs/v1.14.0', version: '1.14.0', sha: sha(2) },
          // Tagged by whoever cut the release, on the newest commit: still the feature it is.
          { name: 'v1.13.0', version: '1.13.0', sha: sha(3) },
        ],
      },
    );
    const topics = computeTopics(data, { now: NOW, identities: [] });
    const released = topics.filter((t) => /^Released /.test(t.title));
    assert.deepEqual(
      released.map((t) => [t.title, t.evidence.commits]),
      [['Released 1.14.0', [sha(1), sha(2)]]],
    );
    const feature = topics.find((t) => t.evidence.commits.includes(sha(3)));
    assert.equal(feature?.title, 'Add a walk helper');
  });

  it('without tags, the same commits are no release', () => {
    const data = history(
      [commit({ n: 1, daysAgo: 3, subject: 'Update afero to v1.14.0', files: ['gcsfs/go.mod'] })],
      { earlier: ['go.mod'] },
    );
    const topics = computeTopics(data, { now: NOW, identities: [] });
    assert.ok(
      topics.every((t) => !/^Released /.test(t.title)),
      topics.map((t) => t.title).join('; '),
    );
  });
});
