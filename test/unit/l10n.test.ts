import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleTranslator, cliLocale } from '../../src/cli/cliTranslator';
import { formatMessage, installTranslator, t } from '../../src/core/l10n';

describe('l10n: core t and the CLI bundle loader', () => {
  afterEach(() => installTranslator(undefined));

  it('fills {0} placeholders in English until a translator is installed', () => {
    assert.equal(t('Opened {0} in {1}', 'plan.md', 2), 'Opened plan.md in 2');
    assert.equal(formatMessage('Left {1} as {0}', ['a']), 'Left {1} as a');
  });

  it('routes every message through the installed translator, then back to English', () => {
    installTranslator((m, args) => `<${formatMessage(m, args)}>`);
    assert.equal(t('Hi {0}', 'sam'), '<Hi sam>');
    installTranslator(undefined);
    assert.equal(t('Hi {0}', 'sam'), 'Hi sam');
  });

  it('takes the locale from --locale, then LC_ALL, LC_MESSAGES, LANG, as POSIX orders them', () => {
    assert.equal(
      cliLocale(['validate', '--locale', 'qps-ploc'], { LANG: 'de_DE.UTF-8' }),
      'qps-ploc',
    );
    assert.equal(cliLocale([], { LC_ALL: 'fr_CA.UTF-8', LANG: 'de_DE' }), 'fr-ca');
    assert.equal(cliLocale([], { LC_MESSAGES: 'qps_ploc', LANG: 'de_DE' }), 'qps-ploc');
    assert.equal(cliLocale([], { LANG: 'de_DE.UTF-8@euro' }), 'de-de');
    assert.equal(cliLocale([], { LANG: 'C.UTF-8' }), 'en');
    assert.equal(cliLocale([], {}), 'en');
    // After "--" it is text, and a tag that could name another path is English.
    assert.equal(cliLocale(['question', '--', '--locale', 'de'], {}), 'en');
    assert.equal(cliLocale(['--locale', '../../etc/passwd'], {}), 'en');
  });

  it('reads bundle.l10n.<locale>.json, falls back to the language, then to English', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-l10n-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'bundle.l10n.de.json'),
        JSON.stringify({ 'Hi {0}': 'Hallo {0}' }),
      );
      fs.writeFileSync(path.join(dir, 'bundle.l10n.xx.json'), '{not json');
      assert.equal(bundleTranslator(dir, 'de-ch')('Hi {0}', ['Sam']), 'Hallo Sam');
      assert.equal(bundleTranslator(dir, 'de')('Bye', []), 'Bye');
      assert.equal(bundleTranslator(dir, 'xx')('Hi {0}', ['Sam']), 'Hi Sam');
      assert.equal(bundleTranslator(dir, 'en')('Hi {0}', ['Sam']), 'Hi Sam');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
