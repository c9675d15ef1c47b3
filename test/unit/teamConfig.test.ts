import * as assert from 'node:assert/strict';
import { validateRecord } from '../../src/core/records/validateRecord';
import { parseTeamConfig } from '../../src/core/settings/teamConfig';
import { defaultTeamSettings, resolveTeamSettings } from '../../src/core/settings/teamSettings';

describe('team config (config.yml)', () => {
  it('reads nested keys named as the settings without the mentoring. prefix', () => {
    const c = parseTeamConfig(
      'config.yml',
      'agenda:\n  maxCarries: 2\ncommitMessage: "records({slug}): {summary}"\nquestionChecker:\n  enabled: false\n',
    );
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.values, {
      'agenda.maxCarries': 2,
      commitMessage: 'records({slug}): {summary}',
      'questionChecker.enabled': false,
    });
  });

  it('reports a bad value located at its key, with what is expected, and leaves it out', () => {
    const c = parseTeamConfig('mentoring/config.yml', 'agenda:\n  maxCarries: 0\n');
    assert.deepEqual(c.values, {});
    assert.equal(c.problems.length, 1);
    assert.deepEqual(
      { ...c.problems[0], message: undefined },
      {
        file: 'mentoring/config.yml',
        line: 2,
        column: 3,
        severity: 'error',
        code: 'config-bad-value',
        message: undefined,
      },
    );
    assert.match(
      c.problems[0].message,
      /agenda\.maxCarries: must be a whole number of sessions, 1 or more; got 0/,
    );
  });

  it('hints at the likely intended key for an unknown one', () => {
    const c = parseTeamConfig('config.yml', 'agenda:\n  maxCaries: 2\n');
    assert.equal(c.problems[0].severity, 'hint');
    assert.match(
      c.problems[0].message,
      /Unknown team setting "agenda\.maxCaries" \(did you mean "agenda\.maxCarries"\?\)/,
    );
    assert.deepEqual(c.values, {});
  });

  it('never reads a personal setting (handle, root) from the team file', () => {
    const c = parseTeamConfig('config.yml', 'handle: mallory\nroot: elsewhere\n');
    assert.deepEqual(c.values, {});
    assert.deepEqual(
      c.problems.map((p) => [p.severity, p.code, p.line]),
      [
        ['warning', 'config-personal', 1],
        ['warning', 'config-personal', 2],
      ],
    );
  });

  it('reports broken YAML, duplicate keys and a file that is not a mapping as errors, reading nothing', () => {
    for (const text of ['agenda: [\n', 'commitMessage: a\ncommitMessage: b\n', '- a\n- b\n']) {
      const c = parseTeamConfig('config.yml', text);
      assert.deepEqual(c.values, {}, text);
      assert.ok(c.problems.length > 0 && c.problems.every((p) => p.severity === 'error'), text);
    }
    assert.deepEqual(parseTeamConfig('config.yml', ''), { values: {}, problems: [] });
  });

  it('gives an explicit setting precedence over the file, and the file over the default', () => {
    const defaults = defaultTeamSettings();
    assert.deepEqual(resolveTeamSettings({}, {}), defaults);
    assert.equal(resolveTeamSettings({}, { 'agenda.maxCarries': 2 })['agenda.maxCarries'], 2);
    assert.equal(
      resolveTeamSettings({ 'agenda.maxCarries': 5 }, { 'agenda.maxCarries': 2 })[
        'agenda.maxCarries'
      ],
      5,
    );
    assert.equal(
      resolveTeamSettings({ 'agenda.maxCarries': undefined }, { 'agenda.maxCarries': 2 })[
        'agenda.maxCarries'
      ],
      2,
    );
  });
});

describe('team config as a record', () => {
  it('is checked by validateRecord at the root, and only there', () => {
    const bad = 'agenda:\n  maxCarries: -1\n';
    assert.equal(
      validateRecord('mentoring/config.yml', 'config.yml', bad)[0].code,
      'config-bad-value',
    );
    assert.deepEqual(validateRecord('mentoring/alex/config.yml', 'alex/config.yml', bad), []);
  });
});
