// fast-check generators of records files for the round-trip properties. Each generated record
// comes with its own bookkeeping (which line holds which item, where each front-matter value
// sits), written down while the text is built, so the tests can compute the expected result of
// an edit without asking the code under test.
import * as fc from 'fast-check';

/** The line break of a generated file. */
export type Eol = '\n' | '\r\n';

/** How a valid record is broken, when it is; every one of these must make edits refuse. */
export type Breakage = 'conflict-markers' | 'bad-yaml' | 'duplicate-key' | 'alias-bomb';

/** A task line the generator wrote, by 0-based line index; `markColumn` is the offset of the mark in the line. */
export interface GeneratedTask {
  index: number;
  markColumn: number;
  mark: ' ' | 'x' | 'X';
}

/** A front-matter key the generator wrote, with the value's range in the whole text. */
export interface GeneratedKey {
  key: string;
  value: unknown;
  valueStart: number;
  valueEnd: number;
  /** The value is a block list (one "- item" line each). */
  block: boolean;
}

/** A generated question line: its task and its `(added ...)` note, if any. */
export interface GeneratedQuestion extends GeneratedTask {
  hasNote: boolean;
  discussed: boolean;
}

/** A goal the generator wrote in a plan. */
export interface GeneratedGoal {
  number: number;
  headingIndex: number;
  /** Index of the status line, if the goal has one; its value starts after "- status: ". */
  statusIndex?: number;
  status?: string;
  /** Index of the first metadata line, if any. */
  firstMetaIndex?: number;
}

/** A generated record: its text and everything the generator knows about it. */
export interface GeneratedRecord {
  text: string;
  eol: Eol;
  bom: boolean;
  lines: string[];
  /** Whether the last line has a line break after it. */
  finalBreak: boolean;
  breakage?: Breakage;
  keys: GeneratedKey[];
  /** Level-2 section names, in file order. */
  sections: string[];
  actionItems: GeneratedTask[];
  questions: GeneratedQuestion[];
  goals: GeneratedGoal[];
}

const NO_BREAKS = /[\r\n\u0085\u2028\u2029]/;

/** Unicode text on one line, never empty, without leading or trailing blanks. */
export const unicodeText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
  .map((s) => s.replace(/[\r\n\u0085\u2028\u2029]/g, ' ').trim())
  .filter((s) => s !== '' && !NO_BREAKS.test(s));

/** Text for a new item or question: Unicode words without the characters that start tokens. */
export const plainWords = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Draft',
        'review',
        'the',
        'checklist',
        'Café',
        'naïve',
        '東京',
        'дела',
        '🙂',
        'x',
      ),
      unicodeText.map((s) => s.replace(/[@#(~\\[\]`*_<>]/g, '')),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((w) => w.join(' ').replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');

/** A free-text line that cannot be read as structure (heading, list, fence, conflict marker). */
const freeLine = unicodeText.map((s) => `Note ${s}`);

/** Lines that look like structure but must not disturb it; multi-line ones are kept together. */
const trickyLines = fc.constantFrom<string[]>(
  ['======='],
  ['---'],
  ['<!-- ## hidden heading -->'],
  ['```', '## fenced heading', '- [ ] fenced task', '```'],
  ['#hashtag, not a heading'],
  ['    indented code'],
  ['* a bullet'],
  ['1. numbered'],
  ['> a quote with @someone and #G9'],
  [''],
  ['   '],
  ['\t'],
);

/** Filler for a section body: free text, tricky lines and blanks. */
const filler = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: freeLine.map((l) => [l]) },
      { weight: 2, arbitrary: trickyLines },
    ),
    { maxLength: 4 },
  )
  .map((a) => a.flat());

/** A task line's parts. */
const taskArb = fc.record({
  bullet: fc.constantFrom('-', '*', '+'),
  mark: fc.constantFrom<' ' | 'x' | 'X'>(' ', 'x', 'X'),
  owner: fc.option(fc.constantFrom('alex', 'sam', 'José', 'kim.lee'), { nil: undefined }),
  text: unicodeText,
  due: fc.option(fc.constantFrom('2026-11-30', '2027-01-15', '2026-02-30'), { nil: undefined }),
  goal: fc.option(fc.constantFrom('G1', 'G2', 'G12'), { nil: undefined }),
  struck: fc.boolean(),
});

type TaskParts = typeof taskArb extends fc.Arbitrary<infer T> ? T : never;

/** A value of an unknown front-matter key, written in one of the styles people use. */
const unknownValue = fc.oneof(
  fc.stringMatching(/^[a-z][a-z ]{0,10}[a-z]$/).map((v) => ({ written: v, value: v as unknown })),
  unicodeText.map((v) => ({ written: JSON.stringify(v), value: v as unknown })),
  unicodeText.map((v) => ({ written: `'${v.replace(/'/g, "''")}'`, value: v as unknown })),
  fc.integer({ min: 0, max: 999 }).map((n) => ({ written: String(n), value: n as unknown })),
);

/** One front-matter item the generator may add: a comment line, an unknown key, or a known one. */
type FmPart =
  | { kind: 'comment'; text: string }
  | { kind: 'key'; key: string; written: string; value: unknown; comment?: string }
  | { kind: 'block'; key: string; items: string[] }
  | { kind: 'empty'; key: string; comment?: string };

const fmComment = unicodeText.map((t): FmPart => ({ kind: 'comment', text: `# ${t}` }));
const fmUnknown = fc
  .record({
    key: fc.constantFrom('mood', 'team_colour', 'x-extra', 'cadance', 'Über'),
    v: unknownValue,
    comment: fc.option(unicodeText, { nil: undefined }),
  })
  .map(({ key, v, comment }): FmPart => ({
    kind: 'key',
    key,
    written: v.written,
    value: v.value,
    comment,
  }));
const fmEmpty = fc
  .record({
    key: fc.constantFrom('notes', 'channel2'),
    comment: fc.option(unicodeText, { nil: undefined }),
  })
  .map(({ key, comment }): FmPart => ({ kind: 'empty', key, comment }));

/** Assembles lines into a record and its bookkeeping. */
class Builder {
  lines: string[] = [];
  keys: GeneratedKey[] = [];
  sections: string[] = [];
  actionItems: GeneratedTask[] = [];
  questions: GeneratedQuestion[] = [];
  goals: GeneratedGoal[] = [];
  /** Value ranges to turn into text offsets once the text is known (by line and column). */
  private pending: {
    keyIndex: number;
    line: number;
    from: number;
    to: number;
    lastLine?: number;
    lastTo?: number;
  }[] = [];

  constructor(readonly eol: Eol) {}

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  frontMatter(parts: FmPart[]): void {
    for (const part of parts) {
      if (part.kind === 'comment') {
        this.push(part.text);
      } else if (part.kind === 'key') {
        const head = `${part.key}: `;
        this.pending.push({
          keyIndex: this.keys.length,
          line: this.lines.length,
          from: head.length,
          to: head.length + part.written.length,
        });
        this.keys.push({
          key: part.key,
          value: part.value,
          valueStart: 0,
          valueEnd: 0,
          block: false,
        });
        this.push(`${head}${part.written}${part.comment ? `   # ${part.comment}` : ''}`);
      } else if (part.kind === 'empty') {
        const head = `${part.key}:`;
        this.pending.push({
          keyIndex: this.keys.length,
          line: this.lines.length,
          from: head.length,
          to: head.length,
        });
        this.keys.push({ key: part.key, value: null, valueStart: 0, valueEnd: 0, block: false });
        this.push(`${head}${part.comment ? `   # ${part.comment}` : ''}`);
      } else {
        this.push(`${part.key}:`);
        const first = this.lines.length;
        part.items.forEach((item) => this.push(`  - ${JSON.stringify(item)}`));
        const lastLine = this.lines.length - 1;
        this.pending.push({
          keyIndex: this.keys.length,
          line: first,
          from: 2,
          to: 0,
          lastLine,
          lastTo: this.lines[lastLine].length,
        });
        this.keys.push({
          key: part.key,
          value: part.items,
          valueStart: 0,
          valueEnd: 0,
          block: true,
        });
      }
    }
  }

  task(t: TaskParts, into: 'actionItems' | 'none'): void {
    const prefix = `${t.bullet} [`;
    const body = [
      t.owner ? `@${t.owner}` : '',
      t.text,
      t.due ? `(due ${t.due})` : '',
      t.goal ? `#${t.goal}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (into === 'actionItems')
      this.actionItems.push({ index: this.lines.length, markColumn: prefix.length, mark: t.mark });
    this.push(`${prefix}${t.mark}] ${t.struck ? `~~${body}~~` : body}`);
  }

  build(bom: boolean, finalBreak: boolean, breakage?: Breakage): GeneratedRecord {
    const text = this.lines.join(this.eol) + (finalBreak ? this.eol : '');
    const starts: number[] = [];
    let offset = 0;
    for (const l of this.lines) {
      starts.push(offset);
      offset += l.length + this.eol.length;
    }
    for (const p of this.pending) {
      const k = this.keys[p.keyIndex];
      k.valueStart = starts[p.line] + p.from;
      k.valueEnd =
        p.lastLine === undefined ? starts[p.line] + p.to : starts[p.lastLine] + (p.lastTo ?? 0);
    }
    return {
      text,
      eol: this.eol,
      bom,
      lines: this.lines,
      finalBreak,
      breakage,
      keys: this.keys,
      sections: this.sections,
      actionItems: this.actionItems,
      questions: this.questions,
      goals: this.goals,
    };
  }
}

/** Breaks a built list of lines in a known way; `fmEnd` is the index of the closing fence. */
function breakLines(lines: string[], fmEnd: number, how: Breakage, at: number): void {
  switch (how) {
    case 'conflict-markers': {
      const i = fmEnd + 1 + (at % Math.max(1, lines.length - fmEnd));
      lines.splice(
        Math.min(i, lines.length),
        0,
        '<<<<<<< HEAD',
        'ours',
        '=======',
        'theirs',
        '>>>>>>> feature',
      );
      return;
    }
    case 'bad-yaml':
      lines.splice(fmEnd, 0, 'broken: [unclosed');
      return;
    case 'duplicate-key':
      lines.splice(fmEnd, 0, lines[1]);
      return;
    case 'alias-bomb':
      lines.splice(
        fmEnd,
        0,
        'l0: &a0 [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 6 },
          (_, i) => `l${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`,
        ),
      );
      return;
  }
}

const common = fc.record({
  eol: fc.constantFrom<Eol>('\n', '\r\n'),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
  breakage: fc.option(
    fc.constantFrom<Breakage>('conflict-markers', 'bad-yaml', 'duplicate-key', 'alias-bomb'),
    { nil: undefined, freq: 4 },
  ),
  breakAt: fc.nat(),
});

const SESSION_SECTION_NAMES = [
  'Agenda',
  'Notes',
  'Decisions',
  'Action items',
  'Reflection',
  'Next time',
  'Retro corner',
  'Links',
];

/** Generated session files, valid and not. */
export const sessionRecord: fc.Arbitrary<GeneratedRecord> = fc
  .record({
    c: common,
    dateStyle: fc.constantFrom('plain', 'double', 'single'),
    attendees: fc.option(fc.oneof(fc.constant('flow' as const), fc.constant('block' as const)), {
      nil: undefined,
    }),
    people: fc.array(unicodeText, { minLength: 1, maxLength: 3 }),
    extra: fc.array(fc.oneof(fmComment, fmUnknown, fmEmpty), { maxLength: 4 }),
    title: unicodeText,
    sections: fc.shuffledSubarray(SESSION_SECTION_NAMES),
    nameCase: fc.boolean(),
    fill: fc.array(fc.tuple(filler, fc.array(taskArb, { maxLength: 4 }), filler), {
      minLength: SESSION_SECTION_NAMES.length,
      maxLength: SESSION_SECTION_NAMES.length,
    }),
  })
  .map((g) => {
    const b = new Builder(g.c.eol);
    b.push('---');
    const date = { plain: '2026-11-23', double: '"2026-11-23"', single: "'2026-11-23'" }[
      g.dateStyle
    ];
    const fm: FmPart[] = [{ kind: 'key', key: 'date', written: date, value: '2026-11-23' }];
    // Unknown keys are unique: a duplicate would be a breakage of its own.
    const seen = new Set(['date', 'attendees']);
    for (const p of g.extra) {
      if (p.kind !== 'comment' && seen.has(p.key)) continue;
      if (p.kind !== 'comment') seen.add(p.key);
      fm.push(p);
    }
    if (g.attendees === 'flow')
      fm.splice(1, 0, {
        kind: 'key',
        key: 'attendees',
        written: `[${g.people.map((p) => JSON.stringify(p)).join(', ')}]`,
        value: g.people,
      });
    if (g.attendees === 'block') fm.push({ kind: 'block', key: 'attendees', items: g.people });
    b.frontMatter(fm);
    const fmEnd = b.lines.length;
    b.push('---', `# Session ${g.title}`, '');
    g.sections.forEach((name, i) => {
      const [before, tasks, after] = g.fill[i];
      const shown = g.nameCase && i % 2 === 0 ? name.toUpperCase() : name;
      b.sections.push(name);
      b.push(`## ${shown}`);
      for (const l of before) b.push(l);
      for (const t of tasks) b.task(t, name === 'Action items' ? 'actionItems' : 'none');
      for (const l of after) b.push(l);
    });
    if (g.c.breakage) {
      breakLines(b.lines, fmEnd, g.c.breakage, g.c.breakAt);
      return Object.assign(new Builder(g.c.eol), { lines: b.lines }).build(
        g.c.bom,
        g.c.finalBreak,
        g.c.breakage,
      );
    }
    return b.build(g.c.bom, g.c.finalBreak);
  });

const questionArb = fc.record({
  task: taskArb,
  note: fc.constantFrom('none', 'added', 'added-by', 'discussed'),
  text: unicodeText.map((s) => s.replace(/[()]/g, '')).filter((s) => s.trim() !== ''),
});

/** Generated questions.md files, with or without front matter, valid and not. */
export const questionsRecord: fc.Arbitrary<GeneratedRecord> = fc
  .record({
    c: common,
    frontMatter: fc.boolean(),
    head: fc
      .array(
        fc.oneof(
          freeLine.map((l) => [l]),
          trickyLines,
        ),
        { maxLength: 3 },
      )
      .map((a) => a.flat()),
    questions: fc.array(
      fc.tuple(
        questionArb,
        fc.option(
          fc.oneof(
            freeLine.map((l) => [l]),
            trickyLines,
          ),
          { nil: undefined },
        ),
      ),
      { maxLength: 6 },
    ),
    trailing: fc.array(fc.constantFrom('', '  '), { maxLength: 2 }),
  })
  .map((g) => {
    const b = new Builder(g.c.eol);
    let fmEnd = -1;
    if (g.frontMatter || (g.c.breakage && g.c.breakage !== 'conflict-markers')) {
      b.push('---');
      b.frontMatter([{ kind: 'key', key: 'owner', written: 'alex', value: 'alex' }]);
      fmEnd = b.lines.length;
      b.push('---');
    }
    b.push('# Questions for next time', ...g.head);
    for (const [q, extra] of g.questions) {
      const note = {
        none: '',
        added: ' (added 2026-11-20)',
        'added-by': ' (added 2026-11-20 by @alex)',
        discussed: ' (added 2026-11-02 by @sam, discussed 2026-11-09)',
      }[q.note];
      const prefix = `${q.task.bullet} [`;
      b.questions.push({
        index: b.lines.length,
        markColumn: prefix.length,
        mark: q.task.mark,
        hasNote: q.note !== 'none',
        discussed: q.note === 'discussed',
      });
      b.push(`${prefix}${q.task.mark}] ${q.text}${note}`);
      if (extra) b.push(...extra);
    }
    b.push(...g.trailing);
    if (g.c.breakage) {
      breakLines(b.lines, fmEnd === -1 ? 0 : fmEnd, g.c.breakage, g.c.breakAt);
      return Object.assign(new Builder(g.c.eol), { lines: b.lines }).build(
        g.c.bom,
        g.c.finalBreak,
        g.c.breakage,
      );
    }
    return b.build(g.c.bom, g.c.finalBreak);
  });

const goalArb = fc.record({
  title: unicodeText,
  status: fc.option(fc.constantFrom('active', 'achieved', 'paused', 'dropped'), { nil: undefined }),
  statusFirst: fc.boolean(),
  target: fc.option(fc.constantFrom('2027-01-31', '2027-06-30'), { nil: undefined }),
  blankAfterHeading: fc.boolean(),
  body: filler,
});

/** Generated plan.md files with goals, valid and not. */
export const planRecord: fc.Arbitrary<GeneratedRecord> = fc
  .record({
    c: common,
    mentee: unicodeText,
    mentorKey: fc.constantFrom('mentors', 'mentor'),
    extra: fc.array(fc.oneof(fmComment, fmUnknown), { maxLength: 3 }),
    sections: fc.shuffledSubarray(['Expectations', 'Goals', 'Reading list', 'Notes'], {
      minLength: 0,
    }),
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
    goals: fc.array(goalArb, { minLength: 4, maxLength: 4 }),
    fill: fc.array(filler, { minLength: 4, maxLength: 4 }),
  })
  .map((g) => {
    const b = new Builder(g.c.eol);
    b.push('---');
    const fm: FmPart[] = [
      { kind: 'key', key: 'mentee', written: JSON.stringify(g.mentee), value: g.mentee },
      { kind: 'key', key: g.mentorKey, written: '[Sam Chen]', value: ['Sam Chen'] },
      { kind: 'key', key: 'started', written: '2026-09-01', value: '2026-09-01' },
    ];
    const seen = new Set(['mentee', 'mentors', 'mentor', 'started']);
    for (const p of g.extra) {
      if (p.kind !== 'comment' && seen.has(p.key)) continue;
      if (p.kind !== 'comment') seen.add(p.key);
      fm.push(p);
    }
    b.frontMatter(fm);
    const fmEnd = b.lines.length;
    b.push('---', `# Mentoring plan: ${g.mentee}`, '');
    g.sections.forEach((name, i) => {
      b.sections.push(name);
      b.push(`## ${name}`, ...g.fill[i]);
      if (name !== 'Goals') return;
      g.ids.forEach((n, k) => {
        const goal = g.goals[k];
        const record: GeneratedGoal = { number: n, headingIndex: b.lines.length };
        b.push(`### G${n}: ${goal.title}`);
        if (goal.blankAfterHeading) b.push('');
        const meta: [string, string][] = [];
        if (goal.target) meta.push(['target', goal.target]);
        if (goal.status)
          meta.splice(goal.statusFirst ? 0 : meta.length, 0, ['status', goal.status]);
        meta.forEach(([key, value], m) => {
          if (m === 0) record.firstMetaIndex = b.lines.length;
          if (key === 'status') {
            record.statusIndex = b.lines.length;
            record.status = value;
          }
          b.push(`- ${key}: ${value}`);
        });
        b.push(...goal.body);
        b.goals.push(record);
      });
    });
    if (g.c.breakage) {
      breakLines(b.lines, fmEnd, g.c.breakage, g.c.breakAt);
      return Object.assign(new Builder(g.c.eol), { lines: b.lines }).build(
        g.c.bom,
        g.c.finalBreak,
        g.c.breakage,
      );
    }
    return b.build(g.c.bom, g.c.finalBreak);
  });
