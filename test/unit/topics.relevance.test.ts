// The pure side of issue 16's points 7 and 8: folding names, the git author pattern, doc headings
// and words, docs ranked by relevance, and experts by a story's files.
import * as assert from 'node:assert/strict';
import { docIndex, docsByRelevance, isGuideDoc } from '../../src/core/topics/docsFor';
import { describeDoc, docHeadings, topicWords } from '../../src/core/topics/docWords';
import { expertForFiles } from '../../src/core/topics/expertFor';
import { foldName, identityMatcher } from '../../src/core/topics/foldName';
import type { FileActivity } from '../../src/core/topics/historyData';
import type { Topic } from '../../src/core/topics/topic';
import { EXPERT_STORIES, withRelevance } from '../../src/core/topics/withRelevance';
import { foldedNamePattern } from '../../src/git/authorArgs';
import { commit, history, sha } from '../support/historyBuilder';

function activity(path: string, name: string, commits: number, lastTime = 1000): FileActivity {
  return {
    path,
    name,
    email: `${name.toLowerCase().split(' ')[0]}@example.com`,
    commits,
    lastTime,
  };
}

describe('topics: identity folding', () => {
  it('folds accents, case, ligatures and spacing, and nothing else', () => {
    assert.equal(foldName('  René   LEFÈVRE '), 'rene lefevre');
    assert.equal(foldName('Søren Æbelø'), 'soren aebelo');
    assert.equal(foldName('Łukasz Straße'), 'lukasz strasse');
    assert.equal(foldName('Jose\u0301'), 'jose');
    assert.notEqual(foldName('Renee'), foldName('René'));
  });

  it('matches an identity by email in any case or by folded name, never a longer or similar name', () => {
    const isMentee = identityMatcher(['rene lefevre', 'RL@Example.com']);
    assert.equal(isMentee('René Lefèvre', 'x@y'), true);
    assert.equal(isMentee('Someone', 'rl@example.COM'), true);
    assert.equal(isMentee('René Lefèvre-Smith', 'x@y'), false);
    assert.equal(isMentee('Renée Lefevre', 'x@y'), false);
  });

  it('builds a git pattern that accepts the accented and plain spellings and escapes the rest', () => {
    const re = new RegExp(foldedNamePattern('Rene O.'), 'i');
    assert.ok(re.test('René O.'));
    assert.ok(re.test('RENE O.'));
    assert.ok(!re.test('Rene Ox'), 'the dot is literal');
    assert.ok(new RegExp(foldedNamePattern('Aebelo'), 'i').test('Æbelø'));
  });
});

describe('topics: doc headings and words', () => {
  it('reads markdown, setext, AsciiDoc and rst headings, skipping fenced code', () => {
    const text =
      '# Title\n\n```\n# not a heading\n```\nSetext\n======\n\n= Asciidoc\n\nRst part\n--------\n';
    assert.deepEqual(docHeadings(text), ['Title', 'Setext', 'Asciidoc', 'Rst part']);
  });

  it('describes a doc by its path, title and heading words, without stop words', () => {
    const info = describeDoc(
      'docs/connectionPool.md',
      '# Connection pooling\n\n## How the pool retries\n',
    );
    assert.equal(info.title, 'Connection pooling');
    assert.deepEqual(info.words, ['connection', 'pool', 'pooling', 'retries']);
    assert.deepEqual(topicWords('Fix the readHistory parser'), ['read', 'history', 'parser']);
  });
});

describe('topics: docs by relevance', () => {
  const index = docIndex([
    describeDoc('README.md', '# Shop\n'),
    describeDoc('CONTRIBUTING.md', '# Contributing\n'),
    describeDoc('Documentation/SubmittingPatches', 'Submitting patches\n==================\n'),
    describeDoc('docs/payments.md', '# Payments\n\n## Retries\n'),
    describeDoc('docs/theming.md', '# Theming\n'),
    describeDoc('tools/payments/README.md', '# Payments tooling\n'),
    describeDoc('src/payments/README.md', '# The payments module\n'),
  ]);

  it('ranks a doc about the work first, then the guides, then READMEs of touched folders; never a README of an untouched folder', () => {
    const docs = docsByRelevance(index, {
      files: ['src/payments/retry.js'],
      subjects: ['Retry payments'],
    });
    // The two about payments (equally: same words, ties by path), then the guides, then the top.
    assert.deepEqual(docs, [
      'docs/payments.md',
      'src/payments/README.md',
      'CONTRIBUTING.md',
      'Documentation/SubmittingPatches',
      'README.md',
    ]);
    assert.ok(!docs.includes('tools/payments/README.md'));
  });

  it('offers guides before the top README when no doc is about the work', () => {
    assert.deepEqual(
      docsByRelevance(index, { files: ['src/cart/total.js'], subjects: ['Round totals'] }),
      ['CONTRIBUTING.md', 'Documentation/SubmittingPatches', 'README.md'],
    );
  });

  it('knows project guides by name and technical folders', () => {
    for (const p of [
      'CONTRIBUTING.md',
      'Documentation/SubmittingPatches',
      'HACKING',
      'docs/technical/pack.md',
      'Documentation/technical/api.txt',
      'DEVELOPMENT.rst',
    ]) {
      assert.equal(isGuideDoc(p), true, p);
    }
    for (const p of [
      'README.md',
      'docs/guide.md',
      'src/contributing.js'.replace('src/', 'src/x/'),
    ]) {
      assert.equal(isGuideDoc(p), p.endsWith('contributing.js'), p);
    }
  });
});

describe('topics: experts by a story’s files', () => {
  const acts = [
    activity('src/db/other.js', 'Max Prolific', 50),
    activity('src/db/pool.js', 'Bo Lind', 2),
    activity('src/db/oldpool.js', 'Bo Lind', 2),
    activity('src/db/pool.js', 'Cy Park', 3),
    activity('src/db/pool.js', 'dependabot[bot]', 9),
    activity('src/db/pool.js', 'Sam Chen', 7),
  ];

  it('sums an author’s commits over the story’s files only, leaving out excluded people and bots', () => {
    assert.deepEqual(
      expertForFiles(acts, ['src/db/pool.js', 'src/db/oldpool.js'], {
        people: ['sam@example.com'],
      }),
      {
        name: 'Bo Lind',
        email: 'bo@example.com',
        commits: 4,
      },
    );
    assert.deepEqual(
      expertForFiles(acts, ['src/db/pool.js'], { people: ['Sam Chen'] })?.name,
      'Cy Park',
    );
    assert.equal(expertForFiles(acts, ['src/ui/x.js'], { people: [] }), undefined);
  });

  it('gives experts to the top stories only once file activity is read, and leaves topics alone without it', () => {
    const commits = Array.from({ length: EXPERT_STORIES + 1 }, (_, i) =>
      commit({ n: i + 1, files: ['src/db/pool.js'] }),
    );
    const topics: Topic[] = commits.map((c, i) => ({
      id: `t${i}`,
      kind: 'area',
      title: `t${i}`,
      score: 1,
      evidence: { commits: [c.sha], files: ['src/db/pool.js'] },
      question: 'Q?',
      expert: { name: 'Folder Person', email: 'f@example.com', commits: 9 },
    }));
    const data = history(commits);
    assert.deepEqual(withRelevance(topics, data, { identities: [], viewers: [] }), topics);
    const read = withRelevance(
      topics,
      { ...data, fileActivity: acts },
      { identities: [], viewers: ['Sam Chen'] },
    );
    assert.equal(read[0].expert?.name, 'Cy Park');
    assert.equal(read[EXPERT_STORIES].expert, undefined);
    assert.equal(sha(1), commits[0].sha);
  });

  it('never offers someone a help trailer of the story names (suggested, co-authored, tested...)', () => {
    for (const key of [
      'Suggested-by',
      'Co-authored-by',
      'Tested-by',
      'Reported-by',
      'Reviewed-by',
    ]) {
      const c = commit({
        n: 1,
        files: ['src/db/pool.js'],
        trailers: [[key, 'Sam Chen <sam@example.com>']],
      });
      const topic: Topic = {
        id: 't0',
        kind: 'story',
        title: 't0',
        score: 1,
        evidence: { commits: [c.sha], files: ['src/db/pool.js'] },
        question: 'Q?',
      };
      const [read] = withRelevance(
        [topic],
        { ...history([c]), fileActivity: acts },
        { identities: [], viewers: [] },
      );
      assert.equal(read.expert?.name, 'Cy Park', key);
    }
  });
});
