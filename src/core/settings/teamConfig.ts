import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { problem, type Problem } from '../problem';
import { likelyTypo } from '../typo';
import { configSchema } from './settingsSchema';
import { TEAM_KEYS, type TeamKey, type TeamSettings } from './teamSettings';
import { t } from '../l10n';

/** The team config's name, in the records root. */
export const TEAM_CONFIG_FILE = 'config.yml';

/** Larger than this is not a settings file; refused before YAML sees it. */
const MAX_CONFIG_CHARS = 16 * 1024;

/** The team settings a config.yml sets, and its located problems. */
export interface TeamConfig {
  values: Partial<TeamSettings>;
  problems: Problem[];
}

/**
 * Reads `<root>/config.yml`: keys named as the VS Code settings without `mentoring.`, nested
 * (`agenda:` then `maxCarries: 2`). A bad value is an error and is left out (its default, or the
 * person's setting, applies); an unknown key is a hint naming the likely intended one; a personal
 * setting (handle, root) is a warning and never read, because a repository must not choose them.
 */
export function parseTeamConfig(file: string, text: string): TeamConfig {
  const values: Partial<Record<TeamKey, unknown>> = {};
  const problems: Problem[] = [];
  if (text.length > MAX_CONFIG_CHARS) {
    problems.push(
      problem(
        file,
        1,
        1,
        'error',
        'config-too-large',
        t('Team config is larger than {0} characters; it was not read.', MAX_CONFIG_CHARS),
      ),
    );
    return { values: {}, problems };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    lineCounter: lines,
  });
  const at = (offset: number | undefined) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const { line, column } = at(e.pos[0]);
      problems.push(
        problem(
          file,
          line,
          column,
          'error',
          'config-yaml',
          t('Team config: {0}', e.message.split('\n')[0]),
        ),
      );
    }
    return { values: {}, problems };
  }
  if (doc.contents === null) return { values: {}, problems };
  if (!isMap(doc.contents)) {
    problems.push(
      problem(
        file,
        1,
        1,
        'error',
        'config-shape',
        t('Team config must be a mapping of settings, such as "agenda:" then "maxCarries: 2".'),
      ),
    );
    return { values: {}, problems };
  }
  const leaves: { key: string; node: Node | null; offset: number | undefined }[] = [];
  const walk = (map: Node, prefix: string) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      const key = prefix ? `${prefix}.${name}` : name;
      const value = pair.value as Node | null;
      if (isMap(value)) walk(value, key);
      else leaves.push({ key, node: value, offset: keyNode?.range?.[0] });
    }
  };
  walk(doc.contents, '');
  const known: readonly string[] = TEAM_KEYS;
  for (const leaf of leaves) {
    const { line, column } = at(leaf.offset);
    if (leaf.key === 'handle' || leaf.key === 'root') {
      problems.push(
        problem(
          file,
          line,
          column,
          'warning',
          'config-personal',
          t(
            '"{0}" is a personal setting and is not read from the team config; set mentoring.{1} in your own settings.',
            leaf.key,
            leaf.key,
          ),
        ),
      );
      continue;
    }
    if (!known.includes(leaf.key)) {
      const typo = likelyTypo(leaf.key, known);
      problems.push(
        problem(
          file,
          line,
          column,
          'hint',
          'config-unknown-key',
          typo
            ? t(
                'Unknown team setting "{0}" (did you mean "{1}"?); known: {2}.',
                leaf.key,
                typo,
                known.join(', '),
              )
            : t('Unknown team setting "{0}"; known: {1}.', leaf.key, known.join(', ')),
        ),
      );
      continue;
    }
    const key = leaf.key as TeamKey;
    const raw: unknown = isScalar(leaf.node) ? leaf.node.value : leaf.node?.toJSON();
    const parsed = configSchema.shape[key].safeParse(raw);
    if (raw === null || raw === undefined || !parsed.success) {
      problems.push(
        problem(
          file,
          line,
          column,
          'error',
          'config-bad-value',
          t(
            '{0}: {1}; got {2}. The default or your own setting applies.',
            key,
            valueHint(key),
            describe(raw),
          ),
        ),
      );
      continue;
    }
    values[key] = parsed.data;
  }
  return { values: values as Partial<TeamSettings>, problems };
}

function valueHint(key: TeamKey): string {
  switch (key) {
    case 'agenda.maxCarries':
      return 'must be a whole number of sessions, 1 or more';
    case 'commitMessage':
      return 'must be text, such as "mentoring({slug}): {summary}"';
    case 'questionChecker.enabled':
      return 'must be true or false';
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  const s = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
