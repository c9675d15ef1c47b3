// The relationship dashboard in the extension host: Open Dashboard on records written on disk,
// with what the command returns (the panel's options, its page and the model the webview took)
// checked against the webview's security rules (one nonce'd script, narrow resource roots, no markup from data) and the records. `delivered` is the webview round
// trip: its script loaded under the CSP, said "ready", and the host's model reached it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditorsWithoutSaving, today, workspaceRoot } from './helpers';

interface Opened {
  key: string;
  viewType: string;
  title: string;
  options: { enableScripts: boolean; enableCommandUris: boolean; localResourceRoots: string[] };
  html: string;
  delivered: boolean;
  model: {
    slug: string;
    mentee?: string;
    goals: {
      id: string;
      title: string;
      status: string;
      target?: string;
      file: string;
      line: number;
      sessions: { date: string; line: number }[];
    }[];
    timeline: { cadence: string; cadenceDays?: number; sessions: { date: string }[] };
    openItems: { text: string; ageDays: number; file: string; line: number }[];
    reflections: { date: string; text: string; line: number }[];
  };
}

const SLUG = 'dana-dashboard';
const OTHER = 'eli-dashboard';

function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return today(d);
}

function writeRecords(slug: string, sessions: Record<string, string>): string {
  const dir = path.join(workspaceRoot(), 'mentoring', slug);
  fs.mkdirSync(path.join(dir, 'sessions'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'plan.md'),
    [
      '---',
      'mentee: Dana Dashboard',
      'mentors: [Sam Chen]',
      `started: ${daysAgo(60)}`,
      'cadence: weekly',
      '---',
      '# Mentoring plan: Dana Dashboard',
      '',
      '## Goals',
      '',
      '### G1: Run the release on her own', // line 11
      '- status: active',
      '- target: 2099-01-31',
      '',
    ].join('\n'),
  );
  for (const [date, text] of Object.entries(sessions))
    fs.writeFileSync(path.join(dir, 'sessions', `${date}.md`), text);
  return dir;
}

function session(date: string, items: string[], reflection?: string): string {
  return [
    '---',
    `date: ${date}`,
    'goals: [G1]', // line 3
    '---',
    `# Session ${date}`,
    '',
    '## Action items',
    ...items, // from line 8
    '',
    '## Reflection',
    ...(reflection ? [reflection] : []),
    '',
  ].join('\n');
}

async function open(slug: string): Promise<Opened> {
  const result = await vscode.commands.executeCommand<Opened | undefined>(
    'mentoring.openDashboard',
    { slug },
  );
  assert.ok(result, 'openDashboard refused');
  return result;
}

describe('The relationship dashboard', function () {
  this.timeout(60_000);
  let dir: string;
  const first = daysAgo(20);
  const second = daysAgo(6);

  before(async () => {
    await activateExtension();
    dir = writeRecords(SLUG, {
      [first]: session(first, [
        '- [ ] @dana Write the release checklist',
        '- [x] @sam Share notes',
      ]),
      [second]: session(second, ['- [ ] @sam Book the dry run #G1'], 'Felt ready to lead.'),
    });
    writeRecords(OTHER, {});
  });
  afterEach(closeAllEditorsWithoutSaving);
  after(() => {
    for (const slug of [SLUG, OTHER])
      fs.rmSync(path.join(workspaceRoot(), 'mentoring', slug), { recursive: true, force: true });
  });

  it('opens a panel whose webview takes a model of the goals, sessions and open items', async () => {
    const r = await open(SLUG);
    assert.strictEqual(r.delivered, true, 'the webview never took the model (no ready handshake)');
    assert.strictEqual(r.viewType, 'mentoring.dashboard');
    assert.strictEqual(r.title, 'Dashboard: Dana Dashboard');
    const m = r.model;
    assert.strictEqual(m.slug, SLUG);
    assert.strictEqual(m.mentee, 'Dana Dashboard');
    const plan = vscode.Uri.file(path.join(dir, 'plan.md')).toString();
    assert.deepStrictEqual(
      m.goals.map((g) => [g.id, g.title, g.status, g.target, g.file, g.line]),
      [['G1', 'Run the release on her own', 'active', '2099-01-31', plan, 11]],
    );
    assert.deepStrictEqual(
      m.goals[0].sessions.map((s) => [s.date, s.line]),
      [
        [first, 3],
        [second, 3],
      ],
    );
    assert.strictEqual(m.timeline.cadence, 'weekly');
    assert.strictEqual(m.timeline.cadenceDays, 7);
    assert.deepStrictEqual(
      m.timeline.sessions.map((s) => s.date),
      [first, second],
    );
    const sessionUri = (date: string) =>
      vscode.Uri.file(path.join(dir, 'sessions', `${date}.md`)).toString();
    assert.deepStrictEqual(
      m.openItems.map((a) => [a.text, a.ageDays, a.file, a.line]),
      [
        ['@dana Write the release checklist', 20, sessionUri(first), 8],
        ['@sam Book the dry run #G1', 6, sessionUri(second), 8],
      ],
    );
    assert.deepStrictEqual(
      m.reflections.map((x) => [x.date, x.text, x.line]),
      [[second, 'Felt ready to lead.', 11]],
    );
  });

  it('gives the panel scripts, no command URIs and only dist/ and media/ as resource roots', async () => {
    const r = await open(SLUG);
    assert.strictEqual(r.options.enableScripts, true);
    assert.strictEqual(r.options.enableCommandUris, false);
    const ext = vscode.extensions.getExtension('mentoring-journal.mentoring-journal');
    assert.ok(ext);
    assert.deepStrictEqual(r.options.localResourceRoots, [
      vscode.Uri.joinPath(ext.extensionUri, 'dist').toString(),
      vscode.Uri.joinPath(ext.extensionUri, 'media').toString(),
    ]);
  });

  it('sets a CSP with a nonce for its one script and nothing inline', async () => {
    const { html } = await open(SLUG);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(csp, html);
    const nonce = /script-src 'nonce-([A-Za-z0-9_-]+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.match(
      csp,
      /^default-src 'none'; img-src [^;]+; style-src [^;]+; script-src 'nonce-[A-Za-z0-9_-]+'$/,
    );
    assert.doesNotMatch(csp, /unsafe/);
    const scripts = html.match(/<script\b[^>]*>[^<]*<\/script>/g) ?? [];
    assert.strictEqual(scripts.length, 1, html);
    assert.match(
      scripts[0],
      new RegExp(`^<script nonce="${nonce}" src="[^"]+/dist/webview/dashboard\\.js">`),
    );
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/);
  });

  it('makes a fresh nonce for each page it loads', async () => {
    const a = await open(SLUG);
    const b = await open(OTHER);
    const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
    assert.ok(nonce(a.html));
    assert.notStrictEqual(nonce(a.html), nonce(b.html));
    assert.notStrictEqual(a.key, b.key);
  });

  it('reveals the open panel of a relationship again and sends it the current records', async () => {
    const a = await open(SLUG);
    const file = path.join(dir, 'sessions', `${second}.md`);
    const text = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(
        file,
        text.replace('## Reflection', '- [ ] @dana Ask about rollbacks\n\n## Reflection'),
      );
      const b = await open(SLUG);
      assert.strictEqual(b.key, a.key);
      assert.strictEqual(b.html, a.html, 'the panel was rebuilt instead of reused');
      assert.strictEqual(b.delivered, true);
      assert.ok(
        b.model.openItems.some((i) => i.text === '@dana Ask about rollbacks'),
        JSON.stringify(b.model.openItems),
      );
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  it('refuses a relationship that does not exist, opening nothing', async () => {
    const result = await vscode.commands.executeCommand('mentoring.openDashboard', {
      slug: 'no-such-mentee',
    });
    assert.strictEqual(result, undefined);
  });
});
