import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/vscode/ids';

const root = path.resolve(__dirname, '../../..');
// The manifest as VS Code shows it: every %key% replaced by its English text from package.nls.json.
const nls: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'),
);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), (_key, value) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? (nls[value.slice(1, -1)] ?? value) : value,
);
const contributed = new Set<string>(
  pkg.contributes.commands.map((c: { command: string }) => c.command),
);

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; svg?: string; altText?: string };
  completionEvents?: string[];
}

describe('package.json: the walkthrough, keybindings and snippets', () => {
  const walkthroughs: { id: string; steps: Step[] }[] = pkg.contributes.walkthroughs;
  const steps = walkthroughs.flatMap((w) => w.steps);

  it('has a media file on disk for every walkthrough step, and alt text for every image', () => {
    assert.ok(steps.length >= 6);
    for (const s of steps) {
      const file = s.media.image ?? s.media.svg ?? s.media.markdown;
      assert.ok(file, `${s.id} has media`);
      assert.ok(fs.existsSync(path.join(root, file)), `${s.id}: ${file} exists`);
      if (s.media.image) assert.ok(s.media.altText && s.media.altText.length > 10, s.id);
    }
  });

  it('keeps the walkthrough images small: each PNG under 40 KB, all under 200 KB', () => {
    let total = 0;
    for (const s of steps) {
      if (!s.media.image) continue;
      const bytes = fs.readFileSync(path.join(root, s.media.image));
      assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], `${s.media.image} is a PNG`);
      assert.ok(bytes.length < 40_000, `${s.media.image} is ${bytes.length} bytes`);
      total += bytes.length;
    }
    assert.ok(total < 200_000, `the images take ${total} bytes`);
  });

  it('ticks every step on a contributed command, and links each step to one', () => {
    for (const s of steps) {
      assert.ok(s.completionEvents && s.completionEvents.length > 0, `${s.id} ticks itself`);
      for (const e of s.completionEvents) {
        const m = /^onCommand:(.+)$/.exec(e);
        assert.ok(m, `${s.id}: ${e} is an onCommand event`);
        assert.ok(contributed.has(m[1]), `${s.id}: ${m[1]} is contributed`);
      }
      const links = [...s.description.matchAll(/\(command:([\w.]+)\)/g)].map((l) => l[1]);
      assert.ok(links.length > 0, `${s.id} has a button`);
      for (const l of links) assert.ok(contributed.has(l), `${s.id}: button ${l} is contributed`);
      // One of the step's buttons ticks it (Start Session's step ticks at End Session).
      assert.ok(
        links.some((l) => s.completionEvents?.includes(`onCommand:${l}`)),
        `${s.id}: ${links.join(', ')}`,
      );
    }
  });

  it('walks from Set Up to a committed session and the mentor dashboard, in that order', () => {
    const ticks = steps.map((s) => s.completionEvents?.[0]);
    const order = [
      COMMANDS.setUp,
      COMMANDS.addGoal,
      COMMANDS.queueQuestion,
      COMMANDS.openTodaysSession,
      COMMANDS.endSession,
      COMMANDS.commitRecords,
      COMMANDS.openDashboard,
    ].map((c) => `onCommand:${c}`);
    assert.deepEqual(ticks, order);
  });

  it('points the welcome views at the walkthrough by its full id', () => {
    const id = `${pkg.publisher}.${pkg.name}%23${walkthroughs[0].id}`;
    const welcomes = pkg.contributes.viewsWelcome.filter((v: { contents: string }) =>
      v.contents.includes('command:workbench.action.openWalkthrough'),
    );
    assert.ok(welcomes.length >= 2);
    for (const v of welcomes) assert.ok(v.contents.includes(id), v.view);
    assert.ok(
      welcomes.some((v: { when?: string }) => v.when === undefined),
      'before Set Up too',
    );
  });

  it('binds Open Today, Queue Question and Add Action Item to one Ctrl+Alt+M chord each', () => {
    const bindings: { command: string; key: string; mac: string }[] = pkg.contributes.keybindings;
    const byCommand = new Map(bindings.map((b) => [b.command, b]));
    for (const [cmd, letter] of [
      [COMMANDS.openTodaysSession, 't'],
      [COMMANDS.queueQuestion, 'q'],
      [COMMANDS.addActionItem, 'a'],
    ] as const) {
      assert.equal(byCommand.get(cmd)?.key, `ctrl+alt+m ${letter}`, cmd);
      assert.equal(byCommand.get(cmd)?.mac, `cmd+alt+m ${letter}`, cmd);
    }
    for (const b of bindings) assert.ok(contributed.has(b.command), b.command);
    assert.equal(new Set(bindings.map((b) => b.key)).size, bindings.length, 'no two share a key');
  });

  it('contributes markdown snippets for an action item and a goal in the records format', () => {
    const [entry] = pkg.contributes.snippets;
    assert.equal(entry.language, 'markdown');
    const snippets = JSON.parse(fs.readFileSync(path.join(root, entry.path), 'utf8'));
    const bodies = Object.values(snippets).map((s) => {
      const body = (s as { body: string | string[] }).body;
      return Array.isArray(body) ? body.join('\n') : body;
    });
    // Snippet syntax aside (placeholders filled with their defaults), each is a valid record line.
    const filled = bodies.map((b) =>
      b
        .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-12-04')
        .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d/g, ''),
    );
    assert.ok(
      filled.some((t) => /^- \[ \] @\w+ .+ \(due \d{4}-\d{2}-\d{2}\) #G\d+$/.test(t)),
      filled.join('\n---\n'),
    );
    assert.ok(
      filled.some((t) =>
        /^### G\d+: .+\n- status: active\n- target: \d{4}-\d{2}-\d{2}\n- measure: /.test(t),
      ),
    );
  });
});
