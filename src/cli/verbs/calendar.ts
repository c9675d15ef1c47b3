import * as fs from 'node:fs';
import { t } from '../../core/l10n';
import * as path from 'node:path';
import { atomicWrite } from '../../store/atomicWrite';
import { exportCalendar, icsStamp } from '../../workflows/exportCalendar';
import { shown } from '../cliContext';
import { cliPorts } from '../cliPorts';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb } from '../verb';

/** `calendar`: the cadence's next sessions as an .ics file (the editor's Export Calendar). */
export const calendarVerb = defineVerb({
  name: 'calendar',
  summary: t("write the cadence's next sessions as an iCalendar (.ics) file"),
  usage: 'calendar SLUG [--count N] [--time HH:MM] [--minutes N] [--out FILE] [--force]',
  details: [
    t(
      "The next sessions by the plan's cadence, from the next due date (today when it is past), as",
    ),
    t(
      "RFC 5545 events: all day, or at --time (local time) for --minutes (default: the last session's",
    ),
    t(
      "duration, else 60). Each event's UID is the relationship and the date, so importing a later",
    ),
    t(
      'export updates the same events. --out FILE writes the file (CRLF line ends, as the standard',
    ),
    t('says) and prints its path, never replacing one unless --force; without it the calendar is'),
    t('printed line by line.'),
  ],
  options: {
    count: { kind: 'string', placeholder: 'N', description: t('how many sessions (default 6)') },
    time: {
      kind: 'string',
      placeholder: t('HH:MM'),
      description: t('timed events at this local time'),
    },
    minutes: { kind: 'string', placeholder: 'N', description: t('the length of a timed event') },
    out: { kind: 'string', placeholder: 'FILE', description: t('write the calendar to FILE') },
    force: { kind: 'flag', description: t('replace an existing FILE') },
  },
  async run(ctx, { values, positionals }) {
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const slug = path.basename(relationshipDir(ctx, positionals[0]));
    const whole = (v: string | undefined, name: string) => {
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(v)) throw new UsageError(t('{0} takes a whole number, not "{1}"', name, v));
      return Number(v);
    };
    if (values.out !== undefined && values.out.trim() === '')
      throw new UsageError(t('--out needs a file'));
    const target = values.out === undefined ? undefined : path.resolve(ctx.dir, values.out);
    if (target !== undefined && !values.force && fs.existsSync(target))
      throw new UsageError(t('{0} already exists (--force replaces it)', shown(ctx, target)));
    const calendar = settle(
      ctx,
      'calendar',
      await exportCalendar(
        {
          slug,
          count: whole(values.count, '--count'),
          time: values.time,
          minutes: whole(values.minutes, '--minutes'),
          // The CLI knows today, not the moment: the stamp is today's start (UTC), reproducible.
          stamp: icsStamp(new Date(`${ctx.today}T00:00:00Z`)),
        },
        cliPorts(ctx),
      ),
    );
    if (target === undefined) {
      ctx.outLines(calendar.text.replace(/\r\n$/, '').replace(/\r\n/g, '\n'));
      return 0;
    }
    atomicWrite(target, Buffer.from(calendar.text, 'utf8'), { exclusive: !values.force });
    ctx.out(shown(ctx, target));
    return 0;
  },
});
