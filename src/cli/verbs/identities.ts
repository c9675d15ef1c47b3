import * as path from 'node:path';
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
  summary: "add an email or name to the mentee's identities in the plan",
  usage: 'identities add SLUG EMAIL_OR_NAME',
  details: [
    'Adds EMAIL_OR_NAME to the "identities:" list in <root>/<slug>/plan.md, changing only that',
    'value, and prints the list. `topics` hints at addresses the mentee also commits under',
    '("also commits as ..."). A plan without the list starts it with the mentee\'s name; an',
    'identity already matched (email in any case, name with accents folded) changes nothing.',
  ],
  options: {},
  async run(ctx, { positionals }) {
    const [action, slug, ...rest] = positionals;
    if (action !== 'add') throw new UsageError('the only action is "add" (see --help)');
    const identity = rest.join(' ').trim();
    if (!identity) throw new UsageError('missing EMAIL_OR_NAME');
    const dir = relationshipDir(ctx, slug);
    const added = settle(
      ctx,
      'identities',
      await addIdentity({ slug: path.basename(dir), identity }, cliPorts(ctx)),
    );
    const where = shown(ctx, path.join(ctx.records.root, ...added.file.split('/')));
    ctx.out(
      added.alreadyThere
        ? `${where}: already matched by identities: ${added.identities.join(', ')}`
        : `${where}: identities: ${added.identities.join(', ')}`,
    );
    return 0;
  },
});
