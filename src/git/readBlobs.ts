import { runGitCapture } from './runGitCapture';

/** A blob's bytes, or only its size when it is larger than asked for. */
export type BlobRead = { bytes: Buffer } | { tooLarge: number };

/**
 * Reads blobs by id from the object database git names in `env`, two git processes in all
 * (`cat-file --batch-check` for the sizes, then `--batch` for the blobs up to `maxBytes`), so a
 * huge staged file costs nothing. Ids come from git's own output, on standard input, never as
 * arguments. An id git does not have is left out of the map.
 */
export async function readBlobs(
  cwd: string,
  env: NodeJS.ProcessEnv | undefined,
  ids: readonly string[],
  maxBytes: number,
): Promise<Map<string, BlobRead>> {
  const result = new Map<string, BlobRead>();
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f]{40,64}$/.test(id));
  if (unique.length === 0) return result;
  const sizes = (
    await runGitCapture({ cwd, env, args: ['cat-file', '--batch-check'], input: lines(unique) })
  ).toString('utf8');
  const wanted: string[] = [];
  for (const line of sizes.split('\n')) {
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(line);
    if (!m) continue;
    const size = Number(m[2]);
    if (size > maxBytes) result.set(m[1], { tooLarge: size });
    else wanted.push(m[1]);
  }
  if (wanted.length === 0) return result;
  const out = await runGitCapture({
    cwd,
    env,
    args: ['cat-file', '--batch'],
    input: lines(wanted),
  });
  // Each blob: "<id> blob <size>\n<bytes>\n".
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(out.subarray(at, eol).toString('latin1'));
    if (!m) {
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    result.set(m[1], { bytes: Buffer.from(out.subarray(eol + 1, eol + 1 + size)) });
    at = eol + 1 + size + 1;
  }
  return result;
}

function lines(ids: readonly string[]): string {
  return ids.map((id) => `${id}\n`).join('');
}
