import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hardCodedStrings, type HardCoded, type Scope } from '../support/hardCodedStrings';

const root = path.resolve(__dirname, '../../..');

/** Every .ts file under a folder of src/, relative to the project root. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

const SCOPES: [string, Scope][] = [
  ['src/vscode', 'ui'],
  ['src/workflows', 'ui'],
  ['src/cli', 'ui'],
  ['src/webview', 'ui'],
  ['src/core', 'core'],
  // Their messages (refused reads and writes, git failures) reach people through both faces.
  ['src/store', 'core'],
  ['src/git', 'core'],
];

function scan(): HardCoded[] {
  const found = SCOPES.flatMap(([dir, scope]) =>
    sources(dir).flatMap((f) =>
      hardCodedStrings(f, fs.readFileSync(path.join(root, f), 'utf8'), scope),
    ),
  );
  found.push(
    ...hardCodedStrings(
      'src/extension.ts',
      fs.readFileSync(path.join(root, 'src/extension.ts'), 'utf8'),
    ),
  );
  return found;
}

const listed = (found: HardCoded[]) =>
  found.map((h) => `${h.file}:${h.line} ${h.sink}: ${h.text.slice(0, 90)}`).join('\n');

describe('l10n coverage: no UI string is left hard-coded', () => {
  it('finds no literal UI string outside l10n in src/vscode, src/workflows, src/cli and core problems', () => {
    const found = scan();
    assert.equal(
      found.length,
      0,
      `${found.length} hard-coded UI string(s); wrap each in vscode.l10n.t (src/vscode) or t (core/l10n):\n${listed(found)}`,
    );
  });
});

describe('l10n coverage: the check itself', () => {
  const planted = [
    "import * as vscode from 'vscode';",
    "void vscode.window.showWarningMessage('Nothing to commit.');",
    "void vscode.window.showInformationMessage(`Opened ${name}`, 'Undo');",
    "const pick = vscode.window.createQuickPick(); pick.placeholder = 'Which one?';",
    "void vscode.window.showQuickPick([{ label: 'Last 30 days', description: 'the recent ones' }]);",
    "void vscode.window.showInputBox({ prompt: 'Your name', validateInput: (v) => (v ? undefined : 'Type a name.') });",
    'status.text = `$(calendar) ${days} days since last`;',
    "item.tooltip = 'Open the plan';",
    "return failed('refused', `${file} is not a plan.`);",
    "ctx.out('No action items.');",
    "throw new UsageError(count === 1 ? 'one file' : 'many files');",
    "void vscode.window.showInformationMessage(vscode.l10n.t('Added {0}{1}', name, due ? `, due ${due}` : ''));",
  ].join('\n');

  it('lists every kind of hard-coded UI string planted in a file, one finding each', () => {
    const found = hardCodedStrings('src/vscode/planted.ts', planted);
    assert.deepEqual(
      found.map((f) => `${f.line} ${f.sink}`),
      [
        '2 showWarningMessage',
        '3 showInformationMessage',
        '3 showInformationMessage',
        '4 .placeholder =',
        '5 property label',
        '5 property description',
        '6 property prompt',
        '6 validateInput',
        '7 .text =',
        '8 .tooltip =',
        '9 failed',
        '10 out',
        '11 new UsageError',
        '11 new UsageError',
        '12 an argument of l10n',
      ],
    );
  });

  it('passes the same UI through l10n, codicons, identifiers and formats', () => {
    const good = [
      "import * as vscode from 'vscode';",
      "import { t } from '../core/l10n';",
      "void vscode.window.showWarningMessage(vscode.l10n.t('Nothing to commit.'));",
      "void vscode.window.showInformationMessage(vscode.l10n.t('Opened {0}', name), vscode.l10n.t('Undo'));",
      "pick.placeholder = vscode.l10n.t('YYYY-MM-DD');",
      "status.text = `$(calendar) ${vscode.l10n.t('{0} days since last', days)}`;",
      "item.contextValue = 'actionItem'; item.description = 'md|text|json'; item.label = 'YYYY-MM-DD';",
      "export function f() { return failed('refused', t('{0} is not a plan.', file)); }",
      "// l10n-ignore: the program's name, in every language",
      "ctx.err('mentoring-journal: failed');",
    ].join('\n');
    assert.deepEqual(hardCodedStrings('src/vscode/good.ts', good), []);
  });

  it("flags core's t() called while a module loads, before any language is installed", () => {
    const text =
      "import { t } from '../l10n';\nconst LABEL = t('Closed question');\nexport const f = () => t('Later');";
    assert.deepEqual(
      hardCodedStrings('src/core/x.ts', text, 'core').map((f) => `${f.line} ${f.sink}`),
      ['2 t() when the module loads'],
    );
  });

  it('in core, flags problem messages and failures only, not record text', () => {
    const text = [
      "problems.push(problem(file, 1, 1, 'error', 'bad-date', 'The date is not a real day.'));",
      "const edit = { text: '## Agenda', title: 'Goals' };",
      "return { ok: false, message: 'Not changed.' };",
    ].join('\n');
    assert.deepEqual(
      hardCodedStrings('src/core/x.ts', text, 'core').map((f) => `${f.line} ${f.sink}`),
      ['1 problem', '3 property message'],
    );
  });
});

/** Manifest strings a person reads: shown in the palette, views, settings, trust dialogs. */
const VISIBLE_KEYS = new Set([
  'title',
  'category',
  'shortTitle',
  'contextualTitle',
  'contents',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'label',
  'altText',
]);

/** Every visible string of package.json, with its path; view names are visible, other names are ids. */
function visibleStrings(value: unknown, at: string, key = ''): [string, string][] {
  if (typeof value === 'string')
    return VISIBLE_KEYS.has(key) || (key === 'name' && at.includes('.views.')) ? [[at, value]] : [];
  if (Array.isArray(value))
    return value.flatMap((v, i) =>
      visibleStrings(
        v,
        `${at}[${i}]`,
        key === 'enumDescriptions' || key === 'markdownEnumDescriptions' ? key : '',
      ),
    );
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => visibleStrings(v, `${at}.${k}`, k));
  return [];
}

describe('l10n: the manifest and the bundles', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const pseudoNls = JSON.parse(
    fs.readFileSync(path.join(root, 'package.nls.qps-ploc.json'), 'utf8'),
  );
  const strings: [string, string][] = [
    ['displayName', pkg.displayName],
    ['description', pkg.description],
    ...visibleStrings(pkg.capabilities, 'capabilities'),
    ...visibleStrings(pkg.contributes, 'contributes'),
  ];

  it('writes every user-visible package.json string as %key%, with the key in package.nls.json and its pseudo-locale', () => {
    assert.ok(
      strings.length > 50,
      `only ${strings.length} visible strings found: the walk is broken`,
    );
    const literal = strings.filter(([, v]) => !/^%[^%]+%$/.test(v));
    assert.deepEqual(literal, [], 'hard-coded manifest strings: put them in package.nls.json');
    const keys = strings.map(([, v]) => v.slice(1, -1));
    assert.deepEqual(
      keys.filter((k) => typeof nls[k] !== 'string'),
      [],
      'keys missing from package.nls.json',
    );
    assert.deepEqual(
      keys.filter((k) => typeof pseudoNls[k] !== 'string'),
      [],
      'keys missing from package.nls.qps-ploc.json (npm run l10n)',
    );
  });

  it('points VS Code at the l10n folder and ships it', () => {
    assert.equal(pkg.l10n, './l10n');
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    // Translations ship; the English source bundle and the pseudo-locale (a test locale) do not.
    assert.match(ignore, /^!l10n\/bundle\.l10n\.!\(qps-ploc\)\.json$/m);
    assert.match(ignore, /^!package\.nls\.json$/m);
    assert.match(ignore, /^!package\.nls\.!\(qps-ploc\)\.json$/m);
  });

  it('has bundles generated from the code as it is (npm run l10n --check)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/l10n.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr + r.stdout);
  });

  it('pseudo-localises every message: bracketed, no plain ASCII word left, placeholders kept', () => {
    const english: Record<string, string> = JSON.parse(
      fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'),
    );
    const pseudo: Record<string, string> = JSON.parse(
      fs.readFileSync(path.join(root, 'l10n/bundle.l10n.qps-ploc.json'), 'utf8'),
    );
    assert.ok(Object.keys(english).length > 400);
    for (const message of Object.keys(english)) {
      const p = pseudo[message];
      assert.ok(p?.startsWith('[') && p.endsWith(']'), message);
      assert.ok(p.length > message.length, message);
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(p), placeholders(message), message);
      const words = p
        .replace(/`[^`]*`|\]\([^)]*\)|\$\([^)]*\)|\{\d+\}|https?:\/\/\S+/g, '')
        .match(/[A-Za-z]{2,}/g);
      assert.equal(words, null, `${message} -> ${p}`);
    }
  });
});
