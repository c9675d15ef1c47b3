// The records cache: with the validate bench's 6,040 generated records (.bench/mentoring/), the
// time from one file's change to the refreshed model (its relationship's records and language
// index), as the extension's cache pays it on an edit (the views' 300 ms debounce aside), against
// a full reload (parse every record and build every model), which is what every edit cost before.
// The core is bundled from src/ with esbuild, so neither dist/ nor out/ is needed.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const TARGET_MS = 30;

/**
 * Runs the bench over `<benchDir>/mentoring`; `runs` timed edits (at least 5). Returns whether the
 * median met the target.
 */
export async function benchRecords({ top, benchDir, runs }) {
  const esbuild = await import('esbuild');
  const entry = path.join(benchDir, 'records-entry.ts');
  const bundle = path.join(benchDir, 'records-bench.cjs');
  fs.writeFileSync(
    entry,
    `export { RecordsModel } from ${JSON.stringify(path.join(top, 'src', 'core', 'records', 'recordsModel'))};\n`,
  );
  await esbuild.build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  const { RecordsModel } = createRequire(import.meta.url)(bundle);
  const root = path.join(benchDir, 'mentoring');
  const files = readAll(root);
  const slugs = [...new Set(files.map((f) => f.path.split('/')[0]))];

  const fullLoad = () => {
    const model = new RecordsModel();
    for (const f of files) model.set(f.path, f.text, 'disk:0');
    for (const slug of slugs) {
      model.relationship(slug);
      model.index(slug);
    }
    return model;
  };
  fullLoad(); // warm-up: the JIT, the first parse of every regex
  const fullMs = [];
  let model;
  for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
    const started = performance.now();
    model = fullLoad();
    fullMs.push(performance.now() - started);
  }

  // One session of one relationship changes, as typing in it would: a new line with a reference.
  const slug = slugs[Math.floor(slugs.length / 2)];
  const sessions = model.paths(slug).filter((p) => p.includes('/sessions/')).sort();
  const target = sessions[Math.floor(sessions.length / 2)];
  const original = model.get(target).text;
  const editMs = [];
  const n = Math.max(5, runs) * 4;
  for (let i = 0; i <= n; i++) {
    const text = `${original}- [ ] @alex follow up ${i} #G${1 + (i % 3)}\n`;
    const started = performance.now();
    model.set(target, text, `doc:${i + 2}`);
    const rel = model.relationship(slug);
    const index = model.index(slug);
    const ms = performance.now() - started;
    if (rel.sessions.length === 0 || index.goals.size === 0) throw new Error('bench records: empty model');
    if (i > 0) editMs.push(ms); // the first edit is a warm-up
  }
  const median = medianOf(editMs);
  const full = medianOf(fullMs);
  console.log(
    `bench records: ${files.length} records in ${slugs.length} relationships; full reload (parse all, build every model and index), ${fullMs.length} runs: median ${full.toFixed(0)} ms`,
  );
  console.log(
    `bench records: one session changed (${path.basename(target)} of ${slug}, ${sessions.length} sessions), ${editMs.length} edits: median ${median.toFixed(2)} ms, max ${Math.max(...editMs).toFixed(2)} ms`,
  );
  const ok = median < TARGET_MS;
  console.log(
    `bench summary: records cache, change to refreshed model median ${median.toFixed(2)} ms (full reload ${full.toFixed(0)} ms, ${(full / median).toFixed(0)}x), target < ${TARGET_MS} ms: ${ok ? 'ok' : 'SLOW'}`,
  );
  return ok;
}

function readAll(root) {
  const files = [];
  for (const slug of fs.readdirSync(root).sort()) {
    const dir = path.join(root, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of ['plan.md', 'questions.md'])
      if (fs.existsSync(path.join(dir, name)))
        files.push({ path: `${slug}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
    for (const name of fs.readdirSync(path.join(dir, 'sessions')).sort())
      files.push({
        path: `${slug}/sessions/${name}`,
        text: fs.readFileSync(path.join(dir, 'sessions', name), 'utf8'),
      });
  }
  return files;
}

function medianOf(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
