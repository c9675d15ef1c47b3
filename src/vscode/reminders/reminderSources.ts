import { readSessionDocument, reflectionHeadline } from '../../core/review/sessionSections';
import type { ReminderSource } from '../../core/reminders/reminderDigest';
import { qualifiedName, relationshipKey } from '../recordsLocator';
import { loadRelationshipWithTexts } from '../relationshipLoader';
import { relationshipName } from '../relationshipName';
import type { Services } from '../services';
import { userHandle } from '../userHandle';

/**
 * Every relationship of the workspace as the reminders read it: its records, the user's handle
 * in its folder, and which session logs have a written reflection (a template's prompt is not
 * one). A relationship that cannot be read is left out; diagnostics report its files.
 */
export async function reminderSources(s: Services): Promise<ReminderSource[]> {
  const all = await s.locator.relationships();
  const handles = new Map<string, Promise<string | undefined>>();
  const sources = await Promise.all(
    all.map(async (ref): Promise<ReminderSource | undefined> => {
      try {
        const { rel, texts } = await loadRelationshipWithTexts(ref);
        const folder = ref.folder.uri.toString();
        if (!handles.has(folder)) handles.set(folder, userHandle(s, ref.folder));
        const reflected = new Set<string>();
        for (const log of rel.sessions) {
          const text = texts.get(log.file);
          const doc = text === undefined ? undefined : readSessionDocument(log.file, text);
          if (doc && reflectionHeadline(doc)) reflected.add(log.file);
        }
        return {
          key: relationshipKey(ref),
          name: qualifiedName(ref, all),
          label: relationshipName(ref, rel, all),
          rel,
          handle: await handles.get(folder),
          reflected,
        };
      } catch (e) {
        s.log.warn(`Reminders: ${ref.slug} left out: ${(e as Error).message}`);
        return undefined;
      }
    }),
  );
  return sources.filter((x): x is ReminderSource => x !== undefined);
}
