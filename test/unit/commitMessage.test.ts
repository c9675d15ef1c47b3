import * as assert from 'node:assert/strict';
import { commitMessage } from '../../src/core/records/commitMessage';

const added = (path: string) => ({ path, status: 'added' });
const untracked = (path: string) => ({ path, status: 'untracked' });
const modified = (path: string) => ({ path, status: 'modified' });

describe('commitMessage', () => {
  it('names one new session by its date', () => {
    assert.equal(
      commitMessage([untracked('alex/sessions/2026-11-23.md')]),
      'mentoring(alex): session 2026-11-23',
    );
    assert.equal(
      commitMessage([added('alex/sessions/2026-11-23.md')]),
      'mentoring(alex): session 2026-11-23',
    );
  });

  it('lists several new sessions by date, sorted, and the same day only once', () => {
    assert.equal(
      commitMessage([
        untracked('alex/sessions/2026-11-23.md'),
        untracked('alex/sessions/2026-11-09.md'),
      ]),
      'mentoring(alex): sessions 2026-11-09, 2026-11-23',
    );
    assert.equal(
      commitMessage([
        untracked('alex/sessions/2026-11-23.md'),
        untracked('alex/sessions/2026-11-23-2.md'),
      ]),
      'mentoring(alex): session 2026-11-23',
    );
  });

  it('says "plan" or "questions" when only that file changed', () => {
    assert.equal(commitMessage([modified('alex/plan.md')]), 'mentoring(alex): plan');
    assert.equal(commitMessage([modified('alex/questions.md')]), 'mentoring(alex): questions');
  });

  it('says "update records" for a mix, an edited session or a deletion', () => {
    assert.equal(
      commitMessage([modified('alex/plan.md'), untracked('alex/sessions/2026-11-23.md')]),
      'mentoring(alex): update records',
    );
    assert.equal(
      commitMessage([modified('alex/sessions/2026-11-23.md')]),
      'mentoring(alex): update records',
    );
    assert.equal(
      commitMessage([{ path: 'alex/sessions/2026-11-23.md', status: 'deleted' }]),
      'mentoring(alex): update records',
    );
  });

  it('names every relationship, sorted, when several changed', () => {
    assert.equal(
      commitMessage([
        modified('bo/plan.md'),
        modified('alex/plan.md'),
        modified('bo/questions.md'),
      ]),
      'mentoring: update records (alex, bo)',
    );
  });

  it('gives a general message for changes outside any relationship', () => {
    assert.equal(commitMessage([modified('.gitignore')]), 'mentoring: update records');
    assert.equal(commitMessage([added('templates/session.md')]), 'mentoring: update records');
    assert.equal(commitMessage([]), 'mentoring: update records');
    assert.equal(
      commitMessage([modified('.gitignore'), modified('alex/plan.md')]),
      'mentoring(alex): update records',
    );
  });

  it('fills a configured template, and falls back to the default for an empty one', () => {
    assert.equal(
      commitMessage([modified('alex/plan.md')], 'docs: {summary} for {slug} ({slug})'),
      'docs: plan for alex (alex)',
    );
    assert.equal(commitMessage([modified('alex/plan.md')], '  '), 'mentoring(alex): plan');
    assert.equal(commitMessage([modified('alex/plan.md')], 'Mentoring notes'), 'Mentoring notes');
  });
});
