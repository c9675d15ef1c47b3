import * as fs from 'node:fs';
import * as path from 'node:path';
import { slugProblem } from '../core/slug';
import { listRelationships } from '../store/listRecordFiles';
import { insideRoot } from '../store/safePath';
import { shown, type CliContext } from './cliContext';
import { UsageError } from './parseArgs';

/** Resolves a SLUG argument to an existing relationship folder, or a usage error naming the known ones. */
export function relationshipDir(ctx: CliContext, slug: string | undefined): string {
  if (!slug) {
    const known = listRelationships(ctx.records.root);
    throw new UsageError(
      `missing SLUG (the relationship folder name)${known.length ? `: one of ${known.join(', ')}` : `; there is none in ${shown(ctx, ctx.records.root)}/ yet (run init first)`}`,
    );
  }
  const why = slugProblem(slug);
  if (why) throw new UsageError(why);
  const dir = insideRoot(ctx.records.root, slug);
  if (!fs.existsSync(path.join(dir, 'plan.md'))) {
    const known = listRelationships(ctx.records.root);
    throw new UsageError(
      `no relationship "${slug}" in ${shown(ctx, ctx.records.root)}/` +
        (known.length ? ` (known: ${known.join(', ')})` : ' (run init first)'),
    );
  }
  return dir;
}
