import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { webviewMessageSchema } from '../../src/shared/dashboardMessages';
import {
  dashboardCsp,
  dashboardHtml,
  dashboardNonce,
} from '../../src/vscode/dashboard/dashboardHtml';
import {
  handleWebviewMessage,
  type WebviewHandlers,
} from '../../src/vscode/dashboard/dashboardMessageHandler';

/** Handlers that record what ran, and a warn that records what was refused. */
function recorder() {
  const ran: string[] = [];
  const warnings: string[] = [];
  const handlers: WebviewHandlers = {
    ready: () => void ran.push('ready'),
    open: (m) => void ran.push(`open ${m.file}:${m.line}`),
    refresh: () => void ran.push('refresh'),
  };
  return { ran, warnings, handlers, warn: (m: string) => void warnings.push(m) };
}

describe('unit: dashboard message contract', () => {
  it('accepts exactly ready, open (a file and a 1-based line) and refresh', () => {
    for (const ok of [
      { type: 'ready' },
      { type: 'refresh' },
      { type: 'open', file: 'file:///ws/mentoring/alex/plan.md', line: 12 },
    ])
      assert.ok(webviewMessageSchema.safeParse(ok).success, JSON.stringify(ok));
  });

  it('refuses unknown types, extra keys, bad lines, empty or huge files and non-objects', () => {
    for (const bad of [
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'ready', extra: true },
      { type: 'open', file: 'f', line: 0 },
      { type: 'open', file: 'f', line: 1.5 },
      { type: 'open', file: 'f', line: '3' },
      { type: 'open', file: '', line: 1 },
      { type: 'open', file: 'x'.repeat(5000), line: 1 },
      { type: 'open', file: 'f' },
      'ready',
      null,
      undefined,
      [],
    ])
      assert.equal(webviewMessageSchema.safeParse(bad).success, false, JSON.stringify(bad));
  });

  it('runs the handler of a valid message from the fixed table, with the parsed message', async () => {
    const r = recorder();
    assert.equal(await handleWebviewMessage({ type: 'ready' }, r.handlers, r.warn), true);
    assert.equal(
      await handleWebviewMessage({ type: 'open', file: 'a.md', line: 3 }, r.handlers, r.warn),
      true,
    );
    assert.equal(await handleWebviewMessage({ type: 'refresh' }, r.handlers, r.warn), true);
    assert.deepEqual(r.ran, ['ready', 'open a.md:3', 'refresh']);
    assert.deepEqual(r.warnings, []);
  });

  it('ignores and logs a message outside the contract, running no handler', async () => {
    const r = recorder();
    const hostile = { type: 'open', file: 'a.md', line: 1, command: 'rm -rf /' };
    assert.equal(await handleWebviewMessage(hostile, r.handlers, r.warn), false);
    assert.equal(await handleWebviewMessage({ type: '__proto__' }, r.handlers, r.warn), false);
    assert.deepEqual(r.ran, []);
    assert.equal(r.warnings.length, 2);
    assert.match(r.warnings[0], /ignored a message outside the contract/);
  });

  it('logs at most 200 characters of a refused message, and survives one that cannot be printed', async () => {
    const r = recorder();
    const circular: Record<string, unknown> = { type: 'x' };
    circular.self = circular;
    await handleWebviewMessage({ type: 'x', pad: 'y'.repeat(10_000) }, r.handlers, r.warn);
    await handleWebviewMessage(circular, r.handlers, r.warn);
    await handleWebviewMessage(10n, r.handlers, r.warn);
    assert.equal(r.warnings.length, 3);
    assert.ok(r.warnings.every((w) => w.length < 300));
  });

  it('parses the contract without generating code, as the CSP of the webview requires', () => {
    // In a fresh process, as the webview loads it: jitless set before the schemas are built, and
    // Function wrapped to count constructions (the CSP would refuse every one).
    const shared = path.join(__dirname, '..', '..', 'src', 'shared', 'dashboardMessages.js');
    const script = `
      let made = 0;
      const F = Function;
      globalThis.Function = new Proxy(F, { construct(t, a) { made++; return Reflect.construct(t, a); } });
      require('zod/mini').config({ jitless: true });
      const { hostMessageSchema, webviewMessageSchema } = require(${JSON.stringify(shared)});
      const link = { file: 'file:///ws/a.md', line: 2 };
      const model = { slug: 's', today: '2026-01-01', plan: link,
        goals: [{ ...link, id: 'G1', title: 't', status: 'active', sessions: [{ ...link, date: '2026-01-01' }], commits: [{ ...link, sha: 'abc' }], moreCommits: 0 }],
        timeline: { cadence: 'weekly', start: '2026-01-01', end: '2026-01-01', sessions: [], gaps: [{ from: 'a', to: 'b', days: 1, late: true, open: false }] },
        openItems: [], reflections: [], topics: { sessions: [], current: [] }, problems: 0 };
      for (let i = 0; i < 3; i++) {
        if (!hostMessageSchema.safeParse({ type: 'model', key: 'k', model }).success) throw new Error('model');
        if (!webviewMessageSchema.safeParse({ type: 'open', ...link }).success) throw new Error('open');
      }
      process.stdout.write(String(made));
    `;
    const r = spawnSync(process.execPath, ['-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '0');
  });
});

describe('unit: dashboard page', () => {
  const parts = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/dashboard.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/dashboard.css',
    nonce: 'n0nce-_abc',
  };

  it('sets the CSP: nothing by default, images and styles from the extension, scripts by nonce', () => {
    const html = dashboardHtml(parts);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(
      csp,
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-n0nce-_abc'",
    );
    assert.equal(dashboardCsp(parts.cspSource, parts.nonce), csp);
  });

  it('loads one script by nonce and src and one stylesheet link, with nothing inline', () => {
    const html = dashboardHtml(parts);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="n0nce-_abc" src="${parts.scriptUri}">`]);
    assert.match(html, /<script[^>]*><\/script>/);
    assert.doesNotMatch(html, /<style\b/);
    assert.doesNotMatch(html, /\sstyle=/);
    assert.doesNotMatch(html, /\son[a-z]+=/);
    assert.deepEqual(html.match(/<link\b[^>]*>/g), [
      `<link rel="stylesheet" href="${parts.styleUri}">`,
    ]);
  });

  it('escapes the values it places in attributes', () => {
    const html = dashboardHtml({ ...parts, scriptUri: 'x"><script>alert(1)</script>' });
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.match(html, /src="x&quot;&gt;&lt;script&gt;/);
  });

  it('makes a fresh nonce every time, long and in the base64url alphabet', () => {
    const nonces = new Set(Array.from({ length: 50 }, dashboardNonce));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9_-]{32}$/);
  });
});
