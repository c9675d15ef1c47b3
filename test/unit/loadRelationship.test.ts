import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRelationship } from '../../src/store/loadRelationship';
import { removeDir, tempDir } from '../support/cli';
import { fixtureBytes } from '../support/fixtures';

const PLAN = '---\nmentee: Alex\nmentors: [Sam]\nstarted: 2026-09-01\ncadence: weekly\n---\n';
const session = (date: string, item: string) =>
  `---\ndate: ${date}\n---\n## Action items\n- [ ] ${item}\n`;

describe('unit: loadRelationship (store)', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = tempDir();
    outside = tempDir();
    fs.mkdirSync(path.join(root, 'alex', 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(root, 'alex', 'plan.md'), PLAN);
    fs.writeFileSync(path.join(root, 'alex', 'questions.md'), '- [ ] Why?\n');
    fs.writeFileSync(
      path.join(root, 'alex', 'sessions', '2026-11-09.md'),
      session('2026-11-09', 'A'),
    );
    fs.writeFileSync(
      path.join(root, 'alex', 'sessions', '2026-11-02.md'),
      session('2026-11-02', 'B'),
    );
  });
  afterEach(() => {
    removeDir(root);
    removeDir(outside);
  });

  it('reads the plan, the questions and the sessions, with paths relative to the root', () => {
    const rel = loadRelationship(root, 'alex');
    assert.equal(rel.plan?.cadence, 'weekly');
    assert.equal(rel.plan?.file, 'alex/plan.md');
    assert.deepEqual(
      rel.questions.map((q) => q.text),
      ['Why?'],
    );
    assert.deepEqual(
      rel.sessions.map((s) => [s.file, s.session?.actionItems[0].text]),
      [
        ['alex/sessions/2026-11-02.md', 'B'],
        ['alex/sessions/2026-11-09.md', 'A'],
      ],
    );
    assert.deepEqual(rel.problems, []);
  });

  it('skips files that cannot be read as records, and files not named by date', () => {
    const sessions = path.join(root, 'alex', 'sessions');
    fs.writeFileSync(path.join(sessions, '2026-11-16.md'), fixtureBytes('not-utf8.md'));
    fs.writeFileSync(path.join(sessions, 'notes.md'), session('2026-11-17', 'C'));
    fs.mkdirSync(path.join(sessions, '2026-11-18.md'));
    assert.deepEqual(
      loadRelationship(root, 'alex').sessions.map((s) => s.fileName),
      ['2026-11-02.md', '2026-11-09.md'],
    );
  });

  it('follows no links: not to a session, a plan or a sessions folder', () => {
    fs.writeFileSync(path.join(outside, 'secret.md'), session('2026-11-16', 'Secret'));
    fs.symlinkSync(
      path.join(outside, 'secret.md'),
      path.join(root, 'alex', 'sessions', '2026-11-16.md'),
    );
    fs.rmSync(path.join(root, 'alex', 'plan.md'));
    fs.writeFileSync(path.join(outside, 'plan.md'), PLAN);
    fs.symlinkSync(path.join(outside, 'plan.md'), path.join(root, 'alex', 'plan.md'));
    let rel = loadRelationship(root, 'alex');
    assert.deepEqual(
      rel.sessions.map((s) => s.fileName),
      ['2026-11-02.md', '2026-11-09.md'],
    );
    assert.equal(rel.plan, undefined);
    fs.renameSync(path.join(root, 'alex', 'sessions'), path.join(outside, 'sessions'));
    fs.symlinkSync(path.join(outside, 'sessions'), path.join(root, 'alex', 'sessions'));
    rel = loadRelationship(root, 'alex');
    assert.deepEqual(rel.sessions, []);
  });

  it('gives an empty relationship for a folder that does not exist', () => {
    const rel = loadRelationship(root, 'nobody');
    assert.deepEqual(
      [rel.slug, rel.plan, rel.sessions, rel.questions],
      ['nobody', undefined, [], []],
    );
  });
});
