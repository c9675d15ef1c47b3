import * as path from 'node:path';
import type { BankQuestion } from '../../core/questionBank/bankQuestion';
import { rankQuestions, type RankedQuestion } from '../../core/questionBank/rankQuestions';
import type { Topic } from '../../core/topics/topic';
import { openQuestions } from '../../workflows/openQuestions';
import type { CliContext } from '../cliContext';
import { cliPorts } from '../cliPorts';
import { listingFormat } from '../formatOption';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { settle } from '../settle';
import { defineVerb, type Verb } from '../verb';
import { escapeForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/**
 * What `questions --for SLUG` may use besides the plan: the relationship's learning topics.
 * Topics need git, so the verb takes them through this seam; without it, ranking uses goals only.
 */
export interface QuestionsVerbDeps {
  topics?: (ctx: CliContext, slug: string) => Promise<readonly Topic[]> | readonly Topic[];
}

/** Builds the `questions` verb; `questionsVerb` is it without topics. */
export function makeQuestionsVerb(deps: QuestionsVerbDeps = {}): Verb {
  return defineVerb({
    name: 'questions',
    summary: t('list the open-question bank, or rank it for a relationship'),
    usage: 'questions [--category C] [--for SLUG] [--format md|text|json]',
    details: [
      t(
        'The built-in bank plus the team banks in <root>/templates/questions/*.md (a markdown list,',
      ),
      t(
        '"- question #tag #tag"; front matter "category" and "title" optional, else the file name).',
      ),
      t(
        '--category: only that category (grow-goal, grow-reality, grow-options, grow-will, career,',
      ),
      t(
        'technical-growth, code-review-feedback, wellbeing-workload, relationship, reverse-peer, or a team one).',
      ),
      t(
        "--for SLUG: ranked by that relationship's goals (and learning topics where available), the",
      ),
      t('questions already queued in its questions.md last. Problems in team banks go to stderr.'),
      t('text (the default on a terminal): md without heading marks.'),
      t(
        'json: {"categories": [{"id", "label"}], "questions": [{"text", "category", "tags", "source"}]};',
      ),
      t('with --for each question also has "score", "matched" and "recent" (already queued).'),
    ],
    options: {
      category: {
        kind: 'string',
        placeholder: 'C',
        description: t('only the questions of that category'),
      },
      for: {
        kind: 'string',
        placeholder: 'SLUG',
        description: t("ranked for that relationship's goals and learning topics"),
      },
      format: {
        kind: 'string',
        placeholder: 'md|text|json',
        description: t('the output (default: text on a terminal, else md)'),
      },
    },
    async run(ctx, { values, positionals }) {
      const format = listingFormat(ctx, values.format);
      const m = format === 'text' ? PLAIN : MARKDOWN;
      if (positionals.length > 0)
        throw new UsageError(t('unexpected argument "{0}"', positionals[0]));
      const slug = values.for;
      const forSlug = slug === undefined ? undefined : path.basename(relationshipDir(ctx, slug));
      const topics =
        forSlug !== undefined && deps.topics ? await deps.topics(ctx, forSlug) : undefined;
      const { bank, problems, context } = settle(
        ctx,
        'questions',
        await openQuestions({ slug: forSlug, topics: topics ?? [] }, cliPorts(ctx)),
      );
      for (const p of problems)
        ctx.err(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`);
      const category = values.category;
      if (category !== undefined && !bank.categories.some((c) => c.id === category)) {
        throw new UsageError(
          t(
            'unknown category "{0}" (known: {1})',
            category,
            bank.categories.map((c) => c.id).join(', '),
          ),
        );
      }
      let listed: (BankQuestion | RankedQuestion)[];
      if (slug !== undefined) {
        listed = rankQuestions(bank.questions, { ...context, category });
      } else {
        listed = bank.questions.filter((q) => category === undefined || q.category === category);
      }
      const categories = bank.categories.filter((c) => category === undefined || c.id === category);
      if (format === 'json') {
        ctx.outLines(
          jsonForTerminal({
            categories,
            questions: listed.map((q) => ({
              text: q.text,
              category: q.category,
              tags: q.tags,
              source: q.source,
              ...('score' in q ? { score: q.score, matched: q.matched, recent: q.recent } : {}),
            })),
          }),
        );
      } else if (slug !== undefined) {
        const label = new Map(bank.categories.map((c) => [c.id, c.label]));
        ctx.out(m.heading(1, t('Open questions for {0}', slug)));
        ctx.out('');
        for (const q of listed)
          ctx.out(`- ${q.text}${tagsOf(q)} (${label.get(q.category)})${why(q)}`);
      } else {
        const parts: string[] = [];
        for (const c of categories) {
          const qs = listed.filter((q) => q.category === c.id);
          if (qs.length === 0) continue;
          parts.push(
            [m.heading(2, c.label), '', ...qs.map((q) => `- ${q.text}${tagsOf(q)}`)]
              .map(escapeForTerminal)
              .join('\n'),
          );
        }
        ctx.outLines(parts.join('\n\n'));
      }
      return 0;
    },
  });
}

/** `questions`: the bank, without learning topics (see makeQuestionsVerb). */
export const questionsVerb: Verb = makeQuestionsVerb();

function tagsOf(q: BankQuestion): string {
  return q.tags.length ? ` ${q.tags.map((t) => `#${t}`).join(' ')}` : '';
}

function why(q: BankQuestion | RankedQuestion): string {
  if (!('score' in q)) return '';
  if (q.recent) return t(' [already queued]');
  return q.matched.length ? t(' [matches {0}]', q.matched.join(', ')) : '';
}
