// Releases in any ecosystem (issue 16: "Releases ... are not recognised"): the subjects projects
// use for the commit that cuts a version, and the look-alikes that are not one.
import * as assert from 'node:assert/strict';
import { releaseVersion } from '../../src/core/topics/releaseVersion';

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
