import { setFrontMatterKeyInText } from '../core/edits/setFrontMatterKey';
import { t } from '../core/l10n';
import { refuse } from '../core/edits/editResult';
import { identityMatcher } from '../core/topics/foldName';
import { parsePlan } from '../core/records/plan';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';

/** Add an email (or name) to a relationship's `identities:` in its plan. */
export interface AddIdentityRequest {
  slug: string;
  /** The address to add, as an "also commits as" hint gave it. */
  identity: string;
}

/** What changed: the identities now, or that the plan already had it. */
export interface AddedIdentity {
  file: string;
  identities: string[];
  alreadyThere: boolean;
}

/**
 * Adds an identity to the plan's `identities:` list as one edit of that value alone (comments,
 * quoting and every other key kept; setFrontMatterKey re-parses and refuses a change it cannot
 * make exactly). An identity the list already matches (email in any case, name with accents
 * folded) changes nothing. A plan without `identities:` reads topics by its mentee's name, so the
 * new list starts with that name: adding an address never narrows whose commits are read.
 */
export async function addIdentity(
  request: AddIdentityRequest,
  ports: { records: RecordsPort },
): Promise<Outcome<AddedIdentity>> {
  const identity = request.identity.trim();
  if (identity === '' || /[\r\n\0]/.test(identity) || identity.length > 200)
    return failed('refused', t('An identity is an email address or a name on one line.'));
  if (!/^[^/\\]+$/.test(request.slug) || request.slug.startsWith('.'))
    return failed('refused', t('"{0}" is not a relationship.', request.slug));
  const file = `${request.slug}/plan.md`;
  const shown = ports.records.shown(file);
  let result: AddedIdentity = { file, identities: [], alreadyThere: false };
  const edited = await ports.records.editFile(file, (text) => {
    const plan = parsePlan(shown, text);
    if (!plan.plan) return refuse(t('{0} does not parse; fix it first.', shown));
    const current = plan.plan.identities.length
      ? plan.plan.identities
      : plan.plan.mentee
        ? [plan.plan.mentee]
        : [];
    const [name, email] = identity.includes('@') ? ['', identity] : [identity, ''];
    if (identityMatcher(current)(name, email)) {
      result = { file, identities: [...current], alreadyThere: true };
      return { ok: true, edits: [] };
    }
    const identities = [...current, identity];
    result = { file, identities, alreadyThere: false };
    return setFrontMatterKeyInText(shown, text, 'identities', identities);
  });
  if (!edited.ok) return failed('refused', edited.message, file);
  return done(result);
}
