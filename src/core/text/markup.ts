import { linkTarget } from '../reports/reportMarkdown';
import { escapeMarkdown } from '../topics/escapeMarkdown';

/**
 * How a formatter marks up what it writes: markdown for records files and pipes, or plain text
 * for a terminal. The formatters build their lines once and ask this for every piece of markup,
 * so the two forms say the same things; plain text is never derived from the markdown (undoing
 * escapes afterwards could not tell ours from a record's own backslashes).
 */
export interface Markup {
  /** True for plain text, where a formatter's own link syntax (an agenda's home link) is left out. */
  readonly plain: boolean;
  /** Record or repository text placed inside a line (escaped in markdown). */
  text(s: string): string;
  /** Emphasis that matters ("overdue"). */
  strong(s: string): string;
  /** Light emphasis (a topic's question). */
  em(s: string): string;
  /** A link to a file, or a line of it (`file#L12`): `[text](file#L12)`, or `text (file:12)`. */
  link(text: string, target: string): string;
  /** A heading line of the given level. */
  heading(level: number, s: string): string;
  /** A quoted line (a note or warning above the content). */
  quote(s: string): string;
  /** A table's lines; `right` marks the columns aligned right. */
  table(
    header: readonly string[],
    right: readonly boolean[],
    rows: readonly (readonly string[])[],
  ): string[];
}

/** Markdown, as the records and every pipe have always had it. */
export const MARKDOWN: Markup = {
  plain: false,
  text: escapeMarkdown,
  strong: (s) => `**${s}**`,
  em: (s) => `_${s}_`,
  link: (text, target) => `[${escapeMarkdown(text)}](${linkTarget(target)})`,
  heading: (level, s) => `${'#'.repeat(level)} ${s}`,
  quote: (s) => `> ${s}`,
  table: (header, right, rows) => [
    mdRow(header),
    `|${right.map((r) => (r ? '---:|' : '---|')).join('')}`,
    ...rows.map(mdRow),
  ],
};

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * Plain text for a terminal: the same words without escapes or markup; a link shows its place as
 * `file:line`. Record text is kept character for character, except that a control character
 * becomes a space as in markdown (the CLI has already shown those escaped, as `\n`).
 */
export const PLAIN: Markup = {
  plain: true,
  text: (s) => s.replace(BREAKS, ' '),
  strong: (s) => s,
  em: (s) => s,
  link: (text, target) => `${PLAIN.text(text)} (${place(target)})`,
  heading: (_level, s) => s,
  quote: (s) => s,
  table: (header, right, rows) => {
    const all = [header, ...rows];
    const width = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    return all.map((r) =>
      r
        .map((cell, i) => (right[i] ? cell.padStart(width[i]) : cell.padEnd(width[i])))
        .join('  ')
        .trimEnd(),
    );
  },
};

function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** `file#L12` as `file:12`; a target without a line as it is. */
function place(target: string): string {
  const m = /^(.*)#L(\d+)$/.exec(target);
  return PLAIN.text(m ? `${m[1]}:${m[2]}` : target);
}
