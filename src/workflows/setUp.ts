import { renderPlan, type NewRelationship } from '../core/records/newRecords';
import { slugForName } from '../core/slug';
import { PLAN_TEMPLATE, QUESTIONS_TEMPLATE } from '../core/templates/builtinTemplates';
import { done, failed, type Outcome } from './outcome';
import type { Clock, Log, RecordsPort } from './ports';
import { ensurePrivateRule } from './privateRule';
import { t } from '../core/l10n';

/** Set up a new relationship's records: who, how often, since when. */
export interface SetUpRequest {
  mentee: string;
  mentors: string[];
  identities?: string[];
  cadence?: string;
  kind?: string;
  /** YYYY-MM-DD; today when absent. */
  started?: string;
}

/** The ports setUp uses. */
export interface SetUpPorts {
  records: RecordsPort;
  clock: Clock;
  log: Log;
}

/**
 * Creates `<slug>/plan.md` (from the team's template), `questions.md` and `sessions/`, and makes
 * sure `<root>/.gitignore` keeps private notes out of git (created, or its rule appended with
 * every other line kept). Never touches an existing relationship. Returns the plan's path.
 */
export async function setUp(
  request: SetUpRequest,
  ports: SetUpPorts,
): Promise<Outcome<{ slug: string; plan: string }>> {
  const slug = slugForName(request.mentee);
  if (!slug.ok) return failed('refused', slug.message);
  const dir = slug.slug;
  if (await ports.records.exists(dir))
    return failed(
      'refused',
      t('{0} already exists; its records are left as they are.', ports.records.shown(dir)),
      dir,
    );
  const template = await ports.records.readTemplate('plan.md');
  if (!template.ok) return failed('unparsable', template.message);
  const relationship: NewRelationship = {
    ...request,
    started: request.started ?? ports.clock.today(),
  };
  const rendered = renderPlan(template.text ?? PLAN_TEMPLATE, relationship);
  if (!rendered.ok) return failed('refused', rendered.message);

  const rule = await ensurePrivateRule(ports.records);
  if (!rule.ok) return rule;
  const plan = `${dir}/plan.md`;
  for (const [file, text] of [
    [plan, rendered.text],
    [`${dir}/questions.md`, QUESTIONS_TEMPLATE],
  ] as const) {
    const created = await ports.records.createFile(file, text);
    if (!created.ok)
      return failed(
        'refused',
        created.taken ? t('{0} already exists.', ports.records.shown(file)) : created.message,
        file,
      );
  }
  const sessions = await ports.records.createFolder(`${dir}/sessions`);
  if (!sessions.ok) return failed('refused', sessions.message);
  ports.log.info(`Set up records for ${request.mentee} in ${ports.records.shown(dir)}`);
  return done({ slug: dir, plan });
}
