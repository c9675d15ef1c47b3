import type { ReleaseTag } from '../core/topics/historyData';
import { tagVersion } from '../core/topics/releaseVersion';
import type { LogRunner } from './logRunner';
import type { StdinLogRunner } from './readFollowUps';

// One line per tag: what it points at, what an annotated tag points at (empty for a lightweight
// one) and that object's type (git peels one level: "tag" for a tag of a tag), and its full
// name. Ref names cannot hold a space or a control character (git check-ref-format), so a space
// and a newline split them safely.
const FORMAT = '--format=%(objectname) %(*objectname) %(*objecttype) %(refname)';
const OBJECT_ID = /^[0-9a-f]{40,64}$/;

/**
 * The tags whose names are versions, each with the commit it points at: ONE `git for-each-ref`,
 * which reads refs and tag objects, no history, and for a tag of a tag (rare: a re-signed or
 * re-announced release) one `git cat-file --batch-check` that peels the inner tags to their
 * commits (`<id>^{commit}` on its standard input, ids from our own parse). Tags whose names are
 * not versions are left out; a tag of a tree or a blob is kept, and matches no commit.
 */
export async function readReleaseTags(
  run: LogRunner,
  runWithInput?: StdinLogRunner,
): Promise<ReleaseTag[]> {
  let text = '';
  await run(['for-each-ref', FORMAT, 'refs/tags/'], (chunk) => {
    text += chunk;
  });
  const tags: ReleaseTag[] = [];
  // Tags whose peeled object is another tag: their index in `tags`, by that inner tag's id.
  const nested = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const [object, peeled, peeledType, ref] = line.split(' ');
    if (ref === undefined || !ref.startsWith('refs/tags/')) continue;
    const sha = peeled || object;
    if (!OBJECT_ID.test(sha)) continue;
    const name = ref.slice('refs/tags/'.length);
    const version = tagVersion(name);
    if (version === undefined) continue;
    if (peeledType === 'tag') {
      const at = nested.get(sha);
      if (at) at.push(tags.length);
      else nested.set(sha, [tags.length]);
    }
    tags.push({ name, version, sha });
  }
  if (nested.size > 0 && runWithInput) {
    const inner = [...nested.keys()];
    let out = '';
    await runWithInput(
      ['cat-file', '--batch-check=%(objectname)'],
      (chunk) => {
        out += chunk;
      },
      inner.map((id) => `${id}^{commit}\n`).join(''),
    );
    // One line per input line, in order: the commit's id, or "<input> missing".
    out.split('\n').forEach((line, i) => {
      const id = inner[i];
      if (id === undefined || !OBJECT_ID.test(line)) return;
      for (const at of nested.get(id) ?? []) tags[at] = { ...tags[at], sha: line };
    });
  }
  return tags;
}
