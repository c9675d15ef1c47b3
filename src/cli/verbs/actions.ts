import * as fs from 'node:fs';
import * as path from 'node:path';
import { listRelationships } from '../../store/listRecordFiles';
import { loadRelationship } from '../../store/loadRelationship';
import { actionRows, type ActionRow } from '../actionRows';
import { shown } from '../cliContext';
import { formatActionRows } from '../formatActionRows';
import { listingFormat } from '../formatOption';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/** `actions`: every action item, across relationships, with where it lives. */
export const actionsVerb = defineVerb({
  name: 'actions',
  summary: t('list the action items of every relationship (or one)'),
  usage: 'actions [SLUG] [--open] [--format md|text|json]',
  details: [
    t(
      'Lists every action item of the session logs, with the file and line where it lives. --open keeps',
    ),
    t(
      'only the items neither ticked nor dropped. md: grouped by relationship, then owner, overdue first;',
    ),
    t('text: the same without markup (the default on a terminal).'),
    t(
      'json: {"actions": [{"relationship", "file", "line", "text", "owner", "due", "goal", "done",',
    ),
    t(
      '"dropped", "overdue"}]}; files relative to --dir, lines 1-based, unknown values null; overdue is',
    ),
    t('an open item due before today.'),
  ],
  options: {
    open: { kind: 'flag', description: t('only the items neither ticked nor dropped') },
    format: {
      kind: 'string',
      placeholder: 'md|text|json',
      description: t('the output (default: text on a terminal, else md)'),
    },
  },
  async run(ctx, { values, positionals }) {
    const format = listingFormat(ctx, values.format);
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const slug = positionals[0];
    if (slug) relationshipDir(ctx, slug);
    else if (!fs.existsSync(ctx.records.root)) {
      throw new UsageError(
        t(
          'no records folder at {0} (run init, or pass --dir/--root)',
          shown(ctx, ctx.records.root),
        ),
      );
    }
    const slugs = slug ? [slug] : listRelationships(ctx.records.root);
    const rows = slugs
      .flatMap((s) => actionRows(loadRelationship(ctx.records.root, s), ctx.today))
      .filter((r) => !values.open || (!r.done && !r.dropped))
      .map((r): ActionRow => ({
        ...r,
        file: shown(ctx, path.join(ctx.records.root, ...r.file.split('/'))),
      }));
    if (format === 'json') ctx.outLines(jsonForTerminal({ actions: rows }));
    else if (rows.length === 0)
      ctx.out(values.open ? t('No open action items.') : t('No action items.'));
    else
      ctx.outLines(
        formatActionRows(
          escapeValuesForTerminal(rows),
          (r) => `${r.file}:${r.line}`,
          format === 'text' ? PLAIN : MARKDOWN,
        ),
      );
    return 0;
  },
});
