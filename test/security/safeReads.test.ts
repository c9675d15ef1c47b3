import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { readRegularFile } from '../../src/store/readRegularFile';
import {
  ensureCliBuilt,
  linesOf,
  removeDir,
  runCli,
  runCliWithin,
  tempDir,
  type CliRun,
} from '../support/cli';

/** A command that reads a hostile file must be done well within this (it used to hang). */
const DEADLINE_MS = 5_000;
const TWO_GB = 2 * 1024 * 1024 * 1024;

/** Every regular file under `dir` (links are not followed), with its text. */
function textsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...textsUnder(p));
    else if (e.isFile() && fs.statSync(p).size < 2 * 1024 * 1024)
      out.push(fs.readFileSync(p, 'utf8'));
  }
  return out;
}

describe('security: reading files from a repository', function () {
  this.timeout(60_000);
  let dir: string;
  let root: string;
  let rel: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    root = path.join(dir, 'mentoring');
    rel = path.join(root, 'alex-rivera');
    const r = runCli(
      ['init', '--mentee', 'Alex Rivera', '--mentor', 'Sam Chen', '--started', '2026-09-01'],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
  });
  afterEach(() => removeDir(dir));

  /** A private note of Alex's holding a secret, inside the records root. */
  function privateNote(): string {
    fs.mkdirSync(path.join(rel, 'private'));
    const note = path.join(rel, 'private', '2026-10-01.md');
    fs.writeFileSync(note, '# Private note\n\nSECRET-NOTE-TEXT\n');
    return note;
  }

  function templatesDir(): string {
    const t = path.join(root, 'templates');
    fs.mkdirSync(t, { recursive: true });
    return t;
  }

  function assertNoSecretInRecords(): void {
    for (const text of textsUnder(rel).concat(textsUnder(path.join(rel, 'sessions'))))
      if (!text.includes('# Private note')) assert.doesNotMatch(text, /SECRET/);
  }

  function mkfifo(p: string): void {
    const r = spawnSync('mkfifo', [p]);
    assert.equal(r.status, 0, `mkfifo failed: ${String(r.stderr)}`);
  }

  function assertRefused(r: CliRun, name: RegExp, why: RegExp): void {
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.equal(linesOf(r.stderr).length, 1, r.stderr);
    assert.match(r.stderr, name);
    assert.match(r.stderr, why);
  }

  it('validate names a FIFO in place of plan.md as a problem, and returns instead of blocking on it', async () => {
    fs.rmSync(path.join(rel, 'plan.md'));
    mkfifo(path.join(rel, 'plan.md'));
    const r = await runCliWithin(['validate'], dir, DEADLINE_MS);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /alex-rivera\/plan\.md.*FIFO/);
  });

  it('agenda returns without blocking when plan.md is a FIFO', async () => {
    fs.rmSync(path.join(rel, 'plan.md'));
    mkfifo(path.join(rel, 'plan.md'));
    const r = await runCliWithin(
      ['agenda', 'alex-rivera', '--date', '2026-11-23'],
      dir,
      DEADLINE_MS,
    );
    assert.equal(r.status, 0, r.stderr);
  });

  it('new-session refuses a FIFO as templates/session.md with one line naming it, without blocking', async () => {
    mkfifo(path.join(templatesDir(), 'session.md'));
    const r = await runCliWithin(
      ['new-session', 'alex-rivera', '--date', '2026-11-23'],
      dir,
      DEADLINE_MS,
    );
    assertRefused(r, /templates\/session\.md/, /FIFO/);
    assert.deepEqual(fs.readdirSync(path.join(rel, 'sessions')), []);
  });

  it('validate names a session that links to /dev/zero as a link and does not read it', async () => {
    fs.symlinkSync('/dev/zero', path.join(rel, 'sessions', '2026-10-01.md'));
    const r = await runCliWithin(['validate'], dir, DEADLINE_MS);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /sessions\/2026-10-01\.md.*symbolic link/);
  });

  it('new-session refuses templates/session.md linked to /dev/zero, naming the link', async () => {
    fs.symlinkSync('/dev/zero', path.join(templatesDir(), 'session.md'));
    const r = await runCliWithin(
      ['new-session', 'alex-rivera', '--date', '2026-11-23'],
      dir,
      DEADLINE_MS,
    );
    assertRefused(r, /templates\/session\.md/, /symbolic link/);
  });

  it('the store reader refuses a real character device (/dev/zero) by what the descriptor is', () => {
    const read = readRegularFile('/dev', '/dev/zero');
    assert.equal(read.ok, false);
    assert.ok(!read.ok && read.reason === 'not-regular' && /character device/.test(read.message));
  });

  it('validate names a unix socket in place of a session as a socket', async () => {
    const socket = path.join(rel, 'sessions', '2026-10-01.md');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = await runCliWithin(['validate'], dir, DEADLINE_MS);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout + r.stderr, /sessions\/2026-10-01\.md.*socket/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('validate reports a 2 GB sparse session as too large without reading it', async () => {
    const big = path.join(rel, 'sessions', '2026-10-01.md');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, TWO_GB);
    const r = await runCliWithin(['validate', '--format', 'json'], dir, DEADLINE_MS);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /file-too-large/);
    assert.match(r.stdout, /2048\.0 MB/);
  });

  it('new-session refuses a 2 GB sparse templates/session.md as too large, naming it', async () => {
    const big = path.join(templatesDir(), 'session.md');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, TWO_GB);
    const r = await runCliWithin(
      ['new-session', 'alex-rivera', '--date', '2026-11-23'],
      dir,
      DEADLINE_MS,
    );
    assertRefused(r, /templates\/session\.md/, /2048\.0 MB; records files are limited to 1 MB/);
  });

  it('new-session refuses templates/session.md that is a link to a private note and copies none of it', () => {
    const note = privateNote();
    fs.symlinkSync(path.relative(templatesDir(), note), path.join(root, 'templates', 'session.md'));
    const r = runCli(['new-session', 'alex-rivera', '--date', '2026-11-23'], dir);
    assertRefused(r, /templates\/session\.md/, /symbolic link/);
    assertNoSecretInRecords();
  });

  it('new-session refuses a templates folder that is a link into a private folder (checked on the resolved path)', () => {
    privateNote();
    fs.copyFileSync(
      path.join(rel, 'private', '2026-10-01.md'),
      path.join(rel, 'private', 'session.md'),
    );
    fs.symlinkSync(path.join('alex-rivera', 'private'), path.join(root, 'templates'));
    const r = runCli(['new-session', 'alex-rivera', '--date', '2026-11-23'], dir);
    assertRefused(r, /templates\/session\.md/, /private note/);
    assertNoSecretInRecords();
  });

  it('questions names a team bank that links to a private note as a problem and never prints its text', () => {
    const note = privateNote();
    const banks = path.join(templatesDir(), 'questions');
    fs.mkdirSync(banks);
    fs.symlinkSync(path.relative(banks, note), path.join(banks, 'team.md'));
    const r = runCli(['questions'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /SECRET/);
    assert.match(r.stderr, /templates\/questions\/team\.md.*symbolic link/);
  });

  it('questions names a templates/questions folder linked into a private folder and never prints its text', () => {
    privateNote();
    fs.symlinkSync(
      path.join('..', 'alex-rivera', 'private'),
      path.join(templatesDir(), 'questions'),
    );
    const r = runCli(['questions'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /SECRET/);
    assert.match(r.stderr, /templates\/questions.*symbolic link/);
  });

  it('refuses a sessions folder that links outside the root: new-session writes nothing there, validate reads nothing from it', async () => {
    const outside = tempDir('mj-outside-');
    try {
      fs.writeFileSync(path.join(outside, '2026-10-01.md'), 'SECRET-OUTSIDE\n');
      fs.rmdirSync(path.join(rel, 'sessions'));
      fs.symlinkSync(outside, path.join(rel, 'sessions'));
      const made = runCli(['new-session', 'alex-rivera', '--date', '2026-11-23'], dir);
      assertRefused(made, /sessions/, /outside the records root/);
      assert.deepEqual(fs.readdirSync(outside), ['2026-10-01.md']);
      const r = await runCliWithin(['validate', '--format', 'json'], dir, DEADLINE_MS);
      assert.doesNotMatch(r.stdout + r.stderr, /SECRET/);
      const agenda = runCli(['agenda', 'alex-rivera', '--date', '2026-11-23'], dir);
      assert.doesNotMatch(agenda.stdout + agenda.stderr, /SECRET/);
    } finally {
      removeDir(outside);
    }
  });

  it('refuses a relationship folder that links outside the root and reads nothing from it', () => {
    const outside = tempDir('mj-outside-');
    try {
      fs.writeFileSync(path.join(outside, 'plan.md'), '---\nmentee: SECRET-OUTSIDE\n---\n');
      fs.symlinkSync(outside, path.join(root, 'bo'));
      const r = runCli(['agenda', 'bo', '--date', '2026-11-23'], dir);
      assertRefused(r, /bo/, /outside the records root/);
      const all = runCli(['validate'], dir);
      assert.doesNotMatch(all.stdout + all.stderr, /SECRET/);
    } finally {
      removeDir(outside);
    }
  });

  it('question refuses an edit that would take questions.md over 1 MB and leaves the file as it was', () => {
    const file = path.join(rel, 'questions.md');
    const padded = fs.readFileSync(file, 'utf8') + `<!-- ${'x'.repeat(1024 * 1024 - 200)} -->\n`;
    fs.writeFileSync(file, padded);
    const r = runCli(['question', 'alex-rivera', `${'Why '.repeat(60)}?`], dir);
    assertRefused(r, /questions\.md/, /limited to 1 MB/);
    assert.equal(fs.readFileSync(file, 'utf8'), padded);
  });

  describe('a file swapped while it is read', () => {
    let swapper: ChildProcess | undefined;
    afterEach(() => {
      swapper?.kill('SIGKILL');
      swapper = undefined;
    });

    /** Starts a child that runs `script` in a loop in `cwd` until killed. */
    function swapForever(cwd: string, script: string): void {
      swapper = spawn(
        process.execPath,
        ['-e', `const fs=require('fs');for(;;){try{${script}}catch{}}`],
        {
          cwd,
          stdio: 'ignore',
        },
      );
    }

    it('never returns the target of a record replaced by a link to an outside file between check and read', () => {
      const outside = tempDir('mj-outside-');
      try {
        fs.writeFileSync(path.join(outside, 'secret.md'), 'SECRET-OUTSIDE\n');
        const sessions = path.join(rel, 'sessions');
        fs.writeFileSync(path.join(sessions, 's.md'), 'PUBLIC\n');
        swapForever(
          sessions,
          `fs.symlinkSync(${JSON.stringify(path.join(outside, 'secret.md'))},'l');fs.renameSync('l','s.md');` +
            `fs.writeFileSync('f','PUBLIC\\n');fs.renameSync('f','s.md');`,
        );
        const seen = readMany(path.join(sessions, 's.md'));
        assert.equal(seen.secret, 0, 'the secret was read');
        assert.ok(seen.ok > 0 && seen.refused > 0, JSON.stringify(seen));
      } finally {
        removeDir(outside);
      }
    });

    it('never returns a file through a sessions folder swapped for a link leaving the root between check and open', () => {
      const outside = tempDir('mj-outside-');
      try {
        fs.writeFileSync(path.join(outside, 's.md'), 'SECRET-OUTSIDE\n');
        fs.writeFileSync(path.join(rel, 'sessions', 's.md'), 'PUBLIC\n');
        swapForever(
          rel,
          `fs.renameSync('sessions','real');fs.symlinkSync(${JSON.stringify(outside)},'sessions');` +
            `fs.unlinkSync('sessions');fs.renameSync('real','sessions');`,
        );
        const seen = readMany(path.join(rel, 'sessions', 's.md'));
        assert.equal(seen.secret, 0, 'the secret was read');
        assert.ok(seen.ok > 0 && seen.refused > 0, JSON.stringify(seen));
      } finally {
        removeDir(outside);
      }
    });

    it('never returns more than the cap from a record that grows while it is read', () => {
      const file = path.join(rel, 'sessions', 'growing.md');
      fs.writeFileSync(file, 'x'.repeat(1024 * 1024 - 4096));
      swapForever(
        path.join(rel, 'sessions'),
        `fs.appendFileSync('growing.md','y'.repeat(512));` +
          `if(fs.statSync('growing.md').size>1048576+65536)fs.truncateSync('growing.md',1048576-4096);`,
      );
      const seen = { ok: 0, tooLarge: 0 };
      const until = Date.now() + 2_000;
      while (Date.now() < until) {
        const read = readRegularFile(root, file);
        if (read.ok) {
          assert.ok(read.bytes.length <= 1024 * 1024, `${read.bytes.length} bytes returned`);
          seen.ok++;
        } else {
          assert.equal(read.reason, 'too-large', read.message);
          seen.tooLarge++;
        }
      }
      assert.ok(seen.ok > 0 && seen.tooLarge > 0, JSON.stringify(seen));
    });

    /** Reads `file` through the store's reader for two seconds, counting what came back. */
    function readMany(file: string): { ok: number; refused: number; secret: number } {
      const seen = { ok: 0, refused: 0, secret: 0 };
      const until = Date.now() + 2_000;
      while (Date.now() < until) {
        const read = readRegularFile(root, file);
        if (!read.ok) seen.refused++;
        else if (read.bytes.toString('utf8').includes('SECRET')) seen.secret++;
        else seen.ok++;
      }
      return seen;
    }
  });
});
