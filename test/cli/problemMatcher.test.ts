// The problem matcher package.json contributes ($mentoring-validate) against the real text output
// of `validate`: every problem line is matched, with the same file, place, severity, code and
// message as the json output, and nothing else is.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, makeRepo, removeDir, runCli, tempDir } from '../support/cli';
import { fixtureBytes, REPO_TOP } from '../support/fixtures';

interface Matcher {
  name: string;
  fileLocation: string[];
  pattern: {
    regexp: string;
    file: number;
    line: number;
    column: number;
    severity: number;
    code: number;
    message: number;
  };
}
const matchers = (
  JSON.parse(fs.readFileSync(path.join(REPO_TOP, 'package.json'), 'utf8')) as {
    contributes: { problemMatchers: Matcher[] };
  }
).contributes.problemMatchers;

describe('cli: the validate problem matcher', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    for (const name of ['Alex', 'Bo'])
      runCli(['init', '--mentee', name, '--mentor', 'Sam', '--started', '2026-09-01'], dir);
    runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
  });
  afterEach(() => removeDir(dir));

  it('matches every error, warning and hint line of the text output as the json reports it', () => {
    const [matcher] = matchers.filter((m) => m.name === 'mentoring-validate');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    // One of each severity: malformed YAML (error), a renamed session (warning), a typo (hint).
    fs.writeFileSync(path.join(dir, 'mentoring/bo/plan.md'), fixtureBytes('malformed-yaml.md'));
    fs.renameSync(
      path.join(dir, 'mentoring/alex/sessions/2026-11-23.md'),
      path.join(dir, 'mentoring/alex/sessions/2026-11-24.md'),
    );
    const plan = path.join(dir, 'mentoring/alex/plan.md');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('cadence:', 'cadance:'));

    const text = runCli(['validate'], dir);
    const expected = (
      JSON.parse(runCli(['validate', '--format', 'json'], dir).stdout) as {
        problems: Record<string, string | number>[];
      }
    ).problems.map((p) => [p.file, p.line, p.column, p.severity, p.code, p.message]);
    assert.deepEqual(
      expected.map((p) => p[3]),
      ['hint', 'warning', 'error'],
    );

    const re = new RegExp(matcher.pattern.regexp);
    const lines = text.stdout.split('\n').filter((l) => l !== '');
    const found = lines.flatMap((line) => {
      const m = re.exec(line);
      if (!m) return [];
      const g = matcher.pattern;
      return [
        [m[g.file], Number(m[g.line]), Number(m[g.column]), m[g.severity], m[g.code], m[g.message]],
      ];
    });
    assert.deepEqual(found, expected);
    // The summary line is the one line left unmatched.
    assert.deepEqual(
      lines.filter((l) => !re.test(l)),
      ['5 files checked: 1 errors, 1 warnings, 1 hints'],
    );
  });
});
