import * as path from 'node:path';
import { t } from '../../core/l10n';
import { addIdentity } from '../../workflows/addIdentity';
import { cliPorts } from '../cliPorts';
import { shown } from '../cliContext';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb } from '../verb';

/** `identities add`: adds an address to the plan's identities, as a topics hint suggests. */
export const identitiesVerb = defineVerb({
  name: 'identities',
  summary: t("add an email or name to the mentee's identities in the plan"),
  usage: 'identities add SLUG EMAIL_OR_NAME',
  details: [
    t('Adds EMAIL_OR_NAME to the "identities:" list in <root>/<slug>/plan.md, changing only that'),
    t('value, and prints the list. `topics` hints at addresses the mentee also commits under'),
    t('("also commits as ..."). A plan without the list starts it with the mentee\'s name; an'),
    t('identity already matched (email in any case, name with accents folded) changes nothing.'),
  ],
  options: {},
  async run(ctx, { positionals }) {
    const [action, slug, ...rest] = positionals;
    if (action !== 'add') throw new UsageError(t('the only action is "add" (see --help)'));
    const identity = rest.join(' ').trim();
    if (!identity) throw new UsageError(t('missing EMAIL_OR_NAME'));
    const dir = relationshipDir(ctx, slug);
    const added = settle(
      ctx,
      'identities',
      await addIdentity({ slug: path.basename(dir), identity }, cliPorts(ctx)),
    );
    const where = shown(ctx, path.join(ctx.records.root, ...added.file.split('/')));
    ctx.out(
      added.alreadyThere
        ? t('{0}: already matched by identities: {1}', where, added.identities.join(', '))
        : t('{0}: identities: {1}', where, added.identities.join(', ')),
    );
    return 0;
  },
});
