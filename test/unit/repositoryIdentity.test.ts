import * as assert from 'node:assert/strict';
import { repositoryIdentity, sameRepository } from '../../src/core/topics/repositoryIdentity';

describe('repository identity from a remote URL', () => {
  const cases: [string, string][] = [
    ['github.com/acme/api', 'github.com/acme/api'],
    ['https://github.com/acme/api', 'github.com/acme/api'],
    ['https://github.com/acme/api.git', 'github.com/acme/api'],
    ['https://github.com/acme/api/', 'github.com/acme/api'],
    ['https://github.com/acme/api.git/', 'github.com/acme/api'],
    ['HTTPS://GitHub.COM/Acme/API', 'github.com/acme/api'],
    ['http://github.com/acme/api', 'github.com/acme/api'],
    ['https://alex@github.com/acme/api.git', 'github.com/acme/api'],
    ['https://alex:s3cret@github.com/acme/api.git', 'github.com/acme/api'],
    ['https://github.com:443/acme/api', 'github.com/acme/api'],
    ['git@github.com:Acme/api.git', 'github.com/acme/api'],
    ['git@github.com:acme/api', 'github.com/acme/api'],
    ['github.com:acme/api.git', 'github.com/acme/api'],
    ['git@github.com:/acme/api.git', 'github.com/acme/api'],
    ['ssh://git@github.com/acme/api.git', 'github.com/acme/api'],
    ['ssh://git@github.com:22/acme/api.git', 'github.com/acme/api'],
    ['ssh://git@gitlab.example.com:2222/group/sub/api.git', 'gitlab.example.com/group/sub/api'],
    ['git+ssh://git@github.com/acme/api', 'github.com/acme/api'],
    ['git://github.com/acme/api.git', 'github.com/acme/api'],
    ['  https://github.com/acme/api  ', 'github.com/acme/api'],
    ['https://github.com//acme//api', 'github.com/acme/api'],
    ['ssh://git@[::1]:2222/acme/api.git', '[::1]/acme/api'],
    ['ssh://host/~alex/api.git', 'host/~alex/api'],
    ['/srv/git/Api.git', '/srv/git/Api'],
    ['/srv/git/api/', '/srv/git/api'],
    ['file:///srv/git/api.git', '/srv/git/api'],
    ['../api', '../api'],
    ['C:\\repos\\Api.git', 'C:/repos/Api'],
    ['C:/repos/api', 'C:/repos/api'],
  ];
  for (const [url, identity] of cases) {
    it(`reads ${JSON.stringify(url)} as ${identity}`, () => {
      assert.equal(repositoryIdentity(url), identity);
    });
  }

  it('gives no identity for text that is not a repository address', () => {
    for (const bad of [
      '',
      '   ',
      'api',
      'https://',
      'https://github.com',
      'https://github.com/',
      'javascript://x/y',
      'github.com/acme/api\n--upload-pack=evil',
      'a'.repeat(3000),
    ]) {
      assert.equal(repositoryIdentity(bad), undefined, JSON.stringify(bad));
    }
  });

  it('matches the scp-like, https and plan forms of one repository, and not a look-alike', () => {
    assert.ok(sameRepository('git@github.com:Acme/api.git', 'github.com/acme/api'));
    assert.ok(sameRepository('https://github.com/acme/api', 'github.com/acme/api'));
    assert.ok(!sameRepository('https://github.com/acme/api-v2', 'github.com/acme/api'));
    assert.ok(!sameRepository('https://gitlab.com/acme/api', 'github.com/acme/api'));
    assert.ok(!sameRepository('', ''));
  });
});
