import type { IdentityHint } from './historyData';

/**
 * An "also commits as" hint for people: "Rene Lefevre also commits as rene@old.example (120
 * commits), which the identities do not include". Plain repository text, escaped by whoever
 * shows it.
 */
export function identityHintNote(hint: IdentityHint): string {
  const n = `${hint.commits} ${hint.commits === 1 ? 'commit' : 'commits'}`;
  return `${hint.name} also commits as ${hint.email} (${n}), which the identities do not include: work under it is not read.`;
}
