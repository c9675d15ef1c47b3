// Experts by the files a story touched (src/git/readFileActivity.ts with the core's
// withRelevance) and docs by what they are about (readDocInfo.ts through readHistory with
// docsByRelevance), on real temporary repositories with fixed authors and dates.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Topic } from '../../src/core/topics/topic';
import { docIndex, docsByRelevance } from '../../src/core/topics/docsFor';
import { expertPaths, withRelevance } from '../../src/core/topics/withRelevance';
import { readFileActivity } from '../../src/git/readFileActivity';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, CY, focusOnAll, HistoryRepo, type Person } from './historyRepos';

const MAINTAINER: Person = { name: 'Max Prolific', email: 'max@example.com' };
const MENTOR: Person = { name: 'Sam Chen', email: 'sam@example.com' };
const RANGE = { since: '2026-03-01', until: '2026-03-31' };

function topic(id: string, files: string[], commits: string[]): Topic {
  return { id, kind: 'area', title: id, score: 1, evidence: { commits, files }, question: 'What?' };
}

describe('git: experts by the story’s files, docs by what they are about', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-experts-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  /** The mentee's one commit the docs tests read: a change to src/db/pool.js in March. */
  const sizeThePool = () =>
    repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Size the pool',
      files: { 'src/db/pool.js': 'new\n' },
    });

  it('offers the most active recent author of the story’s files (and their earlier names), not of the folder, never the user or a reviewer', async () => {
    // Max is the folder's most active author, but never touched pool.js.
    for (let i = 0; i < 6; i++) {
      repo.commit({
        author: MAINTAINER,
        date: `2025-10-0${i + 1}T09:00:00Z`,
        message: `Max ${i}`,
        files: { [`src/db/other${i}.js`]: `${i}\n` },
      });
    }
    repo.commit({
      author: BO,
      date: '2025-11-01T09:00:00Z',
      message: 'Bo pool',
      files: { 'src/db/oldpool.js': 'a\n' },
    });
    repo.commit({
      author: BO,
      date: '2025-12-01T09:00:00Z',
      message: 'Bo pool 2',
      files: { 'src/db/oldpool.js': 'b\n' },
    });
    repo.commit({
      author: CY,
      date: '2025-12-02T09:00:00Z',
      message: 'Cy pool',
      files: { 'src/db/oldpool.js': 'c\n' },
    });
    // The user looking at the topics worked on it most, and is never their own suggestion.
    for (let i = 0; i < 4; i++) {
      repo.commit({
        author: MENTOR,
        date: `2026-01-0${i + 1}T09:00:00Z`,
        message: `Sam ${i}`,
        files: { 'src/db/oldpool.js': `s${i}\n` },
      });
    }
    repo.git('mv', 'src/db/oldpool.js', 'src/db/pool.js');
    const moved = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Rename the pool',
      files: {},
    });
    const reviewed = repo.commit({
      author: ALEX,
      date: '2026-03-03T09:00:00Z',
      message: `Pool timeouts\n\nReviewed-by: ${BO.name} <${BO.email}>\n`,
      files: { 'src/db/pool.js': 'timeouts\n' },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    // Trailers as the stories reader fills them; set here so the test does not depend on it.
    const withTrailers = data.commits.find((c) => c.sha === reviewed);
    if (withTrailers)
      withTrailers.trailers = [{ key: 'Reviewed-by', value: `${BO.name} <${BO.email}>` }];
    const topics = [topic('story:pool', ['src/db/pool.js'], [reviewed, moved])];
    const viewersOfRead = [MENTOR.email, MENTOR.name];
    // The history read's own activity (one log over the range's files) gives the same expert.
    const [fromRead] = withRelevance(topics, data, {
      identities: [ALEX.email],
      viewers: viewersOfRead,
    });
    assert.deepEqual(fromRead.expert, { name: CY.name, email: CY.email, commits: 1 });
    const paths = expertPaths(topics, data);
    assert.deepEqual(paths.sort(), ['src/db/oldpool.js', 'src/db/pool.js']);
    data.fileActivity = await readFileActivity(dir, {
      paths,
      toSha: data.range.toSha ?? '',
      until: RANGE.until,
    });
    const viewers = [MENTOR.email, MENTOR.name];
    const [withExpert] = withRelevance(topics, data, { identities: [ALEX.email], viewers });
    // Not Max (folder), not Sam (the user), not Bo (already reviewed the story): Cy.
    assert.deepEqual(withExpert.expert, { name: CY.name, email: CY.email, commits: 1 });
    const [noReviewers] = withRelevance(
      topics,
      { ...data, commits: data.commits.map((c) => ({ ...c, trailers: [] })) },
      { identities: [ALEX.email], viewers },
    );
    assert.deepEqual(noReviewers.expert, { name: BO.name, email: BO.email, commits: 2 });
    const [userToo] = withRelevance(
      topics,
      { ...data, commits: data.commits.map((c) => ({ ...c, trailers: [] })) },
      { identities: [ALEX.email], viewers: [] },
    );
    assert.deepEqual(userToo.expert, { name: MENTOR.name, email: MENTOR.email, commits: 4 });
  });

  it('reads doc titles and headings at HEAD and ranks a guide and a doc about the work before an unrelated README, which is not offered', async () => {
    repo.commit({
      author: BO,
      date: '2026-01-02T09:00:00Z',
      message: 'Docs',
      files: {
        'README.md': '# Shop\n\nAn online shop.\n',
        'CONTRIBUTING.md': '# Contributing to Shop\n\n## Running the tests\n',
        'Documentation/technical/payments.txt':
          'Payment retries\n===============\n\nHow retries work.\n\nIdempotency keys\n----------------\n',
        'Documentation/howto/theming.adoc': '= Theming the storefront\n\n== Colours\n',
        'tools/imagegen/README.md': '# Image generator\n\nBuilds thumbnails.\n',
        'src/payments/retry.js': 'old\n',
      },
    });
    const work = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Retry failed payments with idempotency keys',
      files: { 'src/payments/retry.js': 'retry\n' },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE });
    const payments = data.docInfo?.find((d) => d.path === 'Documentation/technical/payments.txt');
    assert.equal(payments?.title, 'Payment retries');
    assert.ok(payments?.words.includes('idempotency'), payments?.words.join(' '));
    const theming = data.docInfo?.find((d) => d.path === 'Documentation/howto/theming.adoc');
    assert.equal(theming?.title, 'Theming the storefront');
    const docs = docsByRelevance(docIndex(data.docInfo ?? []), {
      files: ['src/payments/retry.js'],
      subjects: ['Retry failed payments with idempotency keys'],
    });
    assert.deepEqual(docs, [
      'Documentation/technical/payments.txt',
      'CONTRIBUTING.md',
      'README.md',
    ]);
    const [t] = withRelevance([topic('story:retry', ['src/payments/retry.js'], [work])], data, {
      identities: [ALEX.email],
      viewers: [],
    });
    assert.deepEqual(t.docs, docs);
  });

  it('reads the docs of the tip’s tree by name, mode and size: a guide without an extension is one, an image or a symlink is not, one over 128 KiB is described by its path alone', async () => {
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.symlinkSync('guide.md', path.join(dir, 'docs/linked.md'));
    repo.commit({
      author: BO,
      date: '2026-01-02T09:00:00Z',
      message: 'Docs',
      files: {
        'docs/guide.md': '# Pool guide\n\n## Sizing the pool\n',
        HACKING: '# Hacking on the shop\n',
        'docs/pool.svg': '<svg/>\n',
        'docs/huge-manual.md': `# Huge title\n\n${'x'.repeat(140 * 1024)}\n`,
        'src/db/pool.js': 'old\n',
      },
    });
    sizeThePool();
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE });
    assert.deepEqual(
      data.docInfo?.map((d) => [d.path, d.title]),
      [
        ['HACKING', 'Hacking on the shop'],
        ['docs/guide.md', 'Pool guide'],
        ['docs/huge-manual.md', undefined],
      ],
    );
    const huge = data.docInfo?.find((d) => d.path === 'docs/huge-manual.md');
    assert.deepEqual(huge?.words, ['huge', 'manual']);
  });

  it('of more docs than it reads (300), reads the guide and a doc about the work before unrelated ones that come first in the tree', async () => {
    const files: Record<string, string> = {
      'CONTRIBUTING.md': '# Contributing\n',
      'docs/pool.md': '# Sizing the pool\n',
      'src/db/pool.js': 'old\n',
    };
    // 320 unrelated docs, all before docs/pool.md in the tree's order.
    for (let i = 0; i < 320; i++) files[`docs/archive/note-${i}.md`] = `# Note ${i}\n`;
    repo.commit({ author: BO, date: '2026-01-02T09:00:00Z', message: 'Docs', files });
    sizeThePool();
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE });
    assert.equal(data.docInfo?.length, 300);
    const titles = new Map(data.docInfo?.map((d) => [d.path, d.title]));
    assert.equal(titles.get('CONTRIBUTING.md'), 'Contributing');
    assert.equal(titles.get('docs/pool.md'), 'Sizing the pool');
  });

  it('reads the docs after the ranking that picks the top stories, and returns them with the history', async () => {
    repo.commit({
      author: BO,
      date: '2026-01-02T09:00:00Z',
      message: 'Docs',
      files: { 'src/db/README.md': '# The pool\n', 'src/db/pool.js': 'old\n' },
    });
    sizeThePool();
    // The ranking never uses them (withRelevance gives every topic its docs afterwards).
    let atRanking: { docs: number; info: boolean } | undefined;
    const data = await readHistory(dir, {
      authors: [ALEX.email],
      ...RANGE,
      focus: (d) => {
        atRanking = { docs: d.docs.length, info: d.docInfo !== undefined };
        return focusOnAll(d);
      },
    });
    assert.deepEqual(atRanking, { docs: 0, info: false });
    assert.deepEqual(data.docs, ['src/db/README.md']);
    assert.deepEqual(
      data.docInfo?.map((d) => [d.path, d.title]),
      [['src/db/README.md', 'The pool']],
    );
  });
});
