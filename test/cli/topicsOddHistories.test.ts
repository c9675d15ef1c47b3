// `mentoring-journal topics` on histories real repositories have but tidy ones do not: commits
// without a message. Real temporary repositories with fixed authors and dates, the built CLI.
import * as assert from 'node:assert/strict';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALEX, HistoryRepo, runGitIn } from '../git/historyRepos';

describe('cli: topics on odd histories', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  before(() => ensureCliBuilt());
  beforeEach(() => {
    dir = tempDir('mj-odd-topics-');
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => removeDir(dir));

  const topics = (format: string) =>
    runCli(
      [
        'topics',
        '--author',
        ALEX.email,
        '--since',
        '2026-03-01',
        '--until',
        '2026-03-31',
        '--all',
        '--no-cache',
        '--format',
        format,
      ],
      dir,
    );

  it('titles a commit without a message by its object name, never an empty title or “”', () => {
    repo.commit({
      date: '2026-03-02T09:00:00Z',
      message: 'Add the parser',
      files: { 'a.c': '1\n' },
    });
    fs.writeFileSync(path.join(dir, 'b.c'), '1\n');
    runGitIn(dir, ['add', '-A']);
    const when = '2026-03-04T09:00:00Z';
    runGitIn(dir, ['commit', '-q', '--allow-empty-message', '-m', ''], {
      env: {
        GIT_AUTHOR_NAME: ALEX.name,
        GIT_AUTHOR_EMAIL: ALEX.email,
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_NAME: ALEX.name,
        GIT_COMMITTER_EMAIL: ALEX.email,
        GIT_COMMITTER_DATE: when,
      },
    });
    const empty = repo.head();
    const json = topics('json');
    assert.equal(json.status, 0, json.stderr);
    const all = (JSON.parse(json.stdout) as { topics: Topic[]; more: Topic[] }) ?? {};
    const topic = [...all.topics, ...all.more].find((t) => t.evidence.commits.includes(empty));
    assert.equal(topic?.title, `Commit ${empty.slice(0, 7)} (no message)`);
    assert.doesNotMatch(topic?.question ?? '', /“”/);
    const md = topics('md');
    assert.equal(md.status, 0, md.stderr);
    assert.doesNotMatch(md.stdout, /\*\*\*\*|“”/);
  });
});

interface Topic {
  title: string;
  question: string;
  evidence: { commits: string[] };
}
