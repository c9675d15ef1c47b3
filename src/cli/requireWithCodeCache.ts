import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { Module } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

// A code cache is a few hundred KB for the CLI bundle; anything far larger is not ours.
const MAX_CACHE_BYTES = 16 * 1024 * 1024;
const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

/**
 * Runs the CommonJS file `file` as require() would, with V8's code cache for it kept in
 * `cacheDir`: Node 20 compiles the CLI bundle (about 640 KB) from scratch on every start, a
 * fifth of a warm `topics` run. V8 checks a cache against the source's length only, not its
 * text, so a cache made for other source of the same length would run that other code: the
 * cache file is named by a SHA-256 of the source itself (and Node's version), and it is used
 * only when it and its folder belong to this user and nobody else can write them. A missing or
 * rejected cache is rewritten after the run (with the functions the run compiled). Any trouble
 * with the cache (no folder, a link, another owner, unreadable) only means compiling as before.
 * With `write: false` (a run asked to keep nothing) a cache already there is used, and none is
 * written or replaced.
 * The file must be a CommonJS bundle without a native `import()` (esbuild turns the bundle's own
 * into requires): a vm.Script has no loader for one.
 */
export function requireWithCodeCache(
  file: string,
  cacheDir: string | undefined,
  options: { write?: boolean } = {},
): void {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cacheDir === undefined ? undefined : codeCacheFile(file, source, cacheDir);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(file),
  );
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  run.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  const write = options.write ?? true;
  if (
    write &&
    cacheFile !== undefined &&
    (cachedData === undefined || script.cachedDataRejected === true)
  )
    // After the run: the cache then holds the functions it compiled too, not only the top level.
    process.once('exit', () => writeCache(cacheFile, cachePrefix(file), script));
}

/**
 * The cache file of one build of `file` (its `source`, hashed) under one Node, at its place: V8
 * keeps the script's file name in the cache, so one install's cache used by another (the
 * extension installs a copy of the CLI) would name the other's path in every stack trace.
 */
export function codeCacheFile(file: string, source: string, cacheDir: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 32);
  const build = `${hash}-${process.version}-${process.arch}`;
  return path.join(cacheDir, `${cachePrefix(file)}${build}.v8cache`);
}

/** What the cache files of every build of `file` at its place begin with. */
function cachePrefix(file: string): string {
  const place = createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 8);
  return `code-${path.basename(file, '.js')}-${place}-`;
}

/** Owned by this user and writable by nobody else (always true where there are no uids). */
function private_(stat: fs.Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!private_(fs.statSync(path.dirname(file)))) return undefined;
    fd = fs.openSync(file, OPEN_FLAGS);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES || !private_(stat)) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes the cache atomically and removes the caches of other builds of the same file at the
 * same place (their names begin with `prefix`).
 */
function writeCache(file: string, prefix: string, script: vm.Script): void {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, script.createCachedData());
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    for (const name of fs.readdirSync(dir))
      if (name.startsWith(prefix) && name.endsWith('.v8cache') && name !== path.basename(file))
        fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // The next start compiles again; nothing else depends on the cache.
    fs.rmSync(tmp, { force: true });
  }
}
