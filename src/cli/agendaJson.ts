import type { Agenda } from '../core/records/agenda';

/** The agenda as `agenda --format json` prints it; every key is always present (null when unknown). */
export interface AgendaJson {
  relationship: string;
  date: string;
  carriedActions: {
    text: string;
    owner: string | null;
    due: string | null;
    home: { file: string; line: number };
    carried: number;
    overdue: boolean;
    decide: boolean;
  }[];
  questions: {
    text: string;
    added: string | null;
    by: string | null;
    home: { file: string; line: number };
  }[];
  goals: { id: string; title: string; reason: string }[];
  cadence: { last: string | null; nextDue: string | null; overdue: boolean };
  topics: unknown[];
  suggestedQuestions: {
    text: string;
    reason: string;
    for: { kind: 'topic' | 'goal'; id: string; title: string };
  }[];
}

/**
 * The stable json shape of an agenda, for other tools: keys are listed one by one (a field added
 * to the core object does not leak out unannounced), and absent values are null rather than
 * missing. `file` turns a path relative to the records root into the path to print.
 */
export function agendaJson(
  agenda: Agenda,
  questionsFile: string,
  file: (rootRelative: string) => string,
): AgendaJson {
  return {
    relationship: agenda.relationship,
    date: agenda.date,
    carriedActions: agenda.carriedActions.map((a) => ({
      text: a.text,
      owner: a.owner ?? null,
      due: a.due ?? null,
      home: { file: file(a.home.file), line: a.home.line },
      carried: a.carried,
      overdue: a.overdue,
      decide: a.decide,
    })),
    questions: agenda.questions.map((q) => ({
      text: q.text,
      added: q.added ?? null,
      by: q.by ?? null,
      home: { file: file(questionsFile), line: q.line },
    })),
    goals: agenda.goals.map((g) => ({ id: g.id, title: g.title, reason: g.reason })),
    cadence: {
      last: agenda.cadence.last ?? null,
      nextDue: agenda.cadence.nextDue ?? null,
      overdue: agenda.cadence.overdue,
    },
    topics: agenda.topics,
    suggestedQuestions: agenda.suggestedQuestions.map((q) => ({
      text: q.text,
      reason: q.reason,
      for: { kind: q.for.kind, id: q.for.id, title: q.for.title },
    })),
  };
}
