// The markdown preview's view of the records: `#G1` as a chip with the goal's status, `@handle`
// as a chip, and in an action item (`- [ ] ... @owner (due 2026-12-10)`) the due date as a chip,
// overdue or not. Pure: the caller passes the goals and today's date, and the markdown-it
// instance (VS Code's preview hands one to extendMarkdownIt), so this file imports nothing and
// stays small in the extension's activation bundle. Everything from the records is escaped.

/** What the preview shows of a goal. */
export interface PreviewGoal {
  title: string;
  status?: string;
}

/** What the plugin needs from its host. */
export interface RecordsPreviewOptions {
  /** The goal an id names in the document being rendered (`env`: markdown-it's render env). */
  goal(id: string, env: unknown): PreviewGoal | undefined;
  /** Today as YYYY-MM-DD, for overdue dates; core reads no clock. */
  today(): string;
}

/** The little of markdown-it's token this plugin touches. */
export interface MdToken {
  type: string;
  content: string;
  meta: unknown;
  children: MdToken[] | null;
  attrJoin(name: string, value: string): void;
}

/** The little of markdown-it this plugin touches (its own types are not a dependency). */
export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: { tokens: MdToken[]; env: unknown; Token: new (type: string, tag: string, nesting: number) => MdToken }) => void): void } };
  renderer: {
    rules: Record<
      string,
      ((tokens: MdToken[], idx: number, options: unknown, env: unknown) => string) | undefined
    >;
  };
  utils: { escapeHtml(text: string): string };
}

const KNOWN_STATUSES = new Set(['active', 'achieved', 'paused', 'dropped']);
// A sigil after a blank or opening punctuation (not inside a word, an email or a path), or a due date.
const TOKEN =
  /(^|[\s([{,;:!"'*_~>|])(?:#G(\d+)(?![\p{L}\p{N}_-])|@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)|\(due (\d{4}-\d{2}-\d{2})\))/gu;
const TASK = /^\[([ xX])\][ \t]/;

interface ChipMeta {
  kind: 'goal' | 'handle' | 'due';
  value: string;
  overdue?: boolean;
}

/** Adds the records' chips to a markdown-it instance; returns it, as extendMarkdownIt must. */
export function recordsMarkdownIt<T extends MarkdownItLike>(md: T, options: RecordsPreviewOptions): T {
  const esc = (s: string) => md.utils.escapeHtml(s);
  md.core.ruler.push('mentoring_records', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const inline = tokens[i];
      if (inline.type !== 'inline' || !inline.children) continue;
      // An action item: a list item whose paragraph starts with a task box.
      const item = tokens[i - 1]?.type === 'paragraph_open' && tokens[i - 2]?.type === 'list_item_open';
      const task = item ? TASK.exec(inline.content) : null;
      if (task) {
        tokens[i - 2].attrJoin('class', 'mj-action');
        if (task[1] !== ' ') tokens[i - 2].attrJoin('class', 'mj-done');
      }
      inline.children = chips(inline.children, Boolean(task), state, options);
    }
  });
  // The goal is looked up when rendering, not when parsing: VS Code's preview parses without the
  // document in the env (and caches the tokens), and renders with it.
  md.renderer.rules.mentoring_chip = (tokens, idx, _options, env) => {
    const m = tokens[idx].meta as ChipMeta;
    const goal = m.kind === 'goal' ? options.goal(m.value, env) : undefined;
    if (m.kind === 'handle') return `<span class="mj-chip mj-handle">@${esc(m.value)}</span>`;
    if (m.kind === 'due')
      return `<span class="mj-chip mj-due${m.overdue ? ' mj-overdue' : ''}">due ${esc(m.value)}</span>`;
    if (!goal)
      return `<span class="mj-chip mj-goal mj-unknown" title="Not a goal of the plan">#${esc(m.value)}</span>`;
    const status = goal.status ?? '';
    const cls = KNOWN_STATUSES.has(status) ? status : 'other';
    const title = `${m.value}: ${goal.title}${status ? ` (${status})` : ''}`;
    return (
      `<span class="mj-chip mj-goal mj-status-${cls}" title="${esc(title)}">#${esc(m.value)}` +
      (status ? ` <span class="mj-status">${esc(status)}</span>` : '') +
      '</span>'
    );
  };
  return md;
}

function chips(
  children: MdToken[],
  inTask: boolean,
  state: { env: unknown; Token: new (type: string, tag: string, nesting: number) => MdToken },
  options: RecordsPreviewOptions,
): MdToken[] {
  const out: MdToken[] = [];
  let link = 0;
  for (const child of children) {
    if (child.type === 'link_open') link++;
    if (child.type === 'link_close') link--;
    if (child.type !== 'text' || link > 0 || !/[#@(]/.test(child.content)) {
      out.push(child);
      continue;
    }
    const text = child.content;
    let from = 0;
    for (const m of text.matchAll(TOKEN)) {
      const at = (m.index ?? 0) + m[1].length;
      if (m[4] !== undefined && !inTask) continue;
      out.push(textToken(state, text.slice(from, at)));
      const chip = new state.Token('mentoring_chip', '', 0);
      const id = m[2] !== undefined ? `G${Number(m[2])}` : undefined;
      chip.meta = (
        id !== undefined
          ? { kind: 'goal', value: id }
          : m[3] !== undefined
            ? { kind: 'handle', value: m[3] }
            : { kind: 'due', value: m[4], overdue: m[4] < options.today() && !inTaskDone(children) }
      ) satisfies ChipMeta;
      out.push(chip);
      from = (m.index ?? 0) + m[0].length;
    }
    out.push(textToken(state, text.slice(from)));
  }
  return out.filter((t) => t.type !== 'text' || t.content !== '');
}

function inTaskDone(children: MdToken[]): boolean {
  return /^\[[xX]\]/.test(children[0]?.content ?? '');
}

function textToken(
  state: { Token: new (type: string, tag: string, nesting: number) => MdToken },
  content: string,
): MdToken {
  const t = new state.Token('text', '', 0);
  t.content = content;
  return t;
}
