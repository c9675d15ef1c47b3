import type { ReleaseTag } from '../core/topics/historyData';
import { tagVersion } from '../core/topics/releaseVersion';
import type { LogRunner } from './logRunner';

// One line per tag: what it points at, what an annotated tag points at (empty for a lightweight
// one; git peels one level, so a tag of a tag gives the inner tag and matches no commit) and its
// full name. Ref names cannot hold a space or a control character
// (git check-ref-format), so a space and a newline split them safely.
const FORMAT = '--format=%(objectname) %(*objectname) %(refname)';

/**
 * The tags whose names are versions, each with the commit it points at (ONE `git for-each-ref`,
 * which reads refs and tag objects, no history). Tags whose names are not versions are left
 * out; a tag of a tree or a blob is kept, and matches no commit.
 */
export async function readReleaseTags(run: LogRunner): Promise<ReleaseTag[]> {
  let text = '';
  await run(['for-each-ref', FORMAT, 'refs/tags/'], (chunk) => {
    text += chunk;
  });
  const tags: ReleaseTag[] = [];
  for (const line of text.split('\n')) {
    const [object, peeled, ref] = line.split(' ');
    if (ref === undefined || !ref.startsWith('refs/tags/')) continue;
    const sha = peeled || object;
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    const name = ref.slice('refs/tags/'.length);
    const version = tagVersion(name);
    if (version !== undefined) tags.push({ name, version, sha });
  }
  return tags;
}
