import * as fs from 'node:fs';
import * as path from 'node:path';
import { slugProblem } from '../core/slug';
import { listRelationships } from '../store/listRecordFiles';
import { insideRoot } from '../store/safePath';
import { shown, type CliContext } from './cliContext';
import { UsageError } from './parseArgs';
import { t } from '../core/l10n';

/** Resolves a SLUG argument to an existing relationship folder, or a usage error naming the known ones. */
export function relationshipDir(ctx: CliContext, slug: string | undefined): string {
  if (!slug) {
    const known = listRelationships(ctx.records.root);
    throw new UsageError(
      known.length
        ? t('missing SLUG (the relationship folder name): one of {0}', known.join(', '))
        : t(
            'missing SLUG (the relationship folder name); there is none in {0}/ yet (run init first)',
            shown(ctx, ctx.records.root),
          ),
    );
  }
  const why = slugProblem(slug);
  if (why) throw new UsageError(why);
  const dir = insideRoot(ctx.records.root, slug);
  if (!fs.existsSync(path.join(dir, 'plan.md'))) {
    const known = listRelationships(ctx.records.root);
    throw new UsageError(
      t('no relationship "{0}" in {1}/', slug, shown(ctx, ctx.records.root)) +
        (known.length ? t(' (known: {0})', known.join(', ')) : t(' (run init first)')),
    );
  }
  return dir;
}
