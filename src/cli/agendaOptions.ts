import { t } from '../core/l10n';
/** The options of the verbs that build an agenda (agenda, new-session): one wording for both. */
export const AGENDA_OPTIONS = {
  'max-carries': {
    kind: 'string',
    placeholder: 'N',
    description: t(
      'carries after which an item is marked to decide on (default: config.yml, else 3)',
    ),
  },
  'no-git': { kind: 'flag', description: t('run no git: no HEAD, no learning topics') },
} as const;
