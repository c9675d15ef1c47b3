import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateProblem } from '../../core/dates';
import { DEFAULT_TOPIC_DAYS } from '../../core/records/topicRequest';
import { formatTopicsMarkdown, topicsJson } from '../../core/topics/formatTopics';
import { formatOption } from '../formatOption';
import { mineTopics, relationshipTopics } from '../mineTopics';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import type { Verb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';

/** `topics`: learning topics from the mentee's git history, each with evidence and a question. */
export const topicsVerb: Verb = {
  name: 'topics',
  summary: "turn the mentee's commits into learning topics to talk about",
  usage:
    'topics SLUG [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--repo PATH] [--format md|json]\n' +
    '       mentoring-journal topics --author EMAIL_OR_NAME [--author ...] [--since ...] [--until ...] [--repo PATH] [--format md|json]',
  details: [
    "Reads the mentee's commits (the plan's identities, after .mailmap; merges left out unless",
    '--include-merges) and ranks topics: areas worked in; first touches of an area, language,',
    'dependency or build/CI file; rework and fix chains; reverts; large changes; tests; pairing',
    '(Co-authored-by); goals (their areas, or a "Mentoring-Goal: G1" trailer). Each topic has its',
    'evidence (commits, files), an open question, and for a new area an active expert and docs.',
    'The range: --since/--until (whole days, UTC); else since the last session (its recorded',
    `HEAD when that is an ancestor of HEAD, else its date); else the last ${DEFAULT_TOPIC_DAYS} days.`,
    '--repo is the code repository (default: the one holding --dir). A shallow clone gives',
    'topics marked partial. json: {"range": {"since", "until"}, "commits": N, "partial": bool,',
    '"topics": [{"id", "kind", "title", "score", "evidence": {"commits", "files"}, "question",',
    '"expert"?, "docs"?}], "notes": [...]}.',
  ],
  options: {
    since: { kind: 'string' },
    until: { kind: 'string' },
    repo: { kind: 'string' },
    author: { kind: 'list' },
    format: { kind: 'string' },
    'include-merges': { kind: 'flag' },
  },
  async run(ctx, { options, positionals }) {
    const format = formatOption(options.format, ['md', 'json']);
    const since = dayOption('since', options.since);
    const until = dayOption('until', options.until) ?? ctx.today;
    if (since && since > until) throw new UsageError('--since is after --until');
    const authors = (options.author as string[] | undefined) ?? [];
    if (authors.some((a) => a.trim() === '' || /[\r\n\0]/.test(a)))
      throw new UsageError('--author must be a non-empty email or name on one line');
    const repo = path.resolve(ctx.dir, (options.repo as string | undefined) ?? '.');
    if (!fs.existsSync(repo)) throw new UsageError(`--repo: no folder ${repo}`);

    let result;
    if (authors.length) {
      if (positionals.length)
        throw new UsageError('give either SLUG or --author, not both (see --help)');
      result = await mineTopics(
        ctx,
        { authors, range: { since, until }, includeMerges: options['include-merges'] === true },
        repo,
      );
    } else {
      if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
      const dir = relationshipDir(ctx, positionals[0]);
      result = await relationshipTopics(ctx, path.basename(dir), {
        since,
        until,
        repo,
        includeMerges: options['include-merges'] === true,
      });
    }
    const { data, topics } = result;
    if (format === 'json') ctx.outLines(jsonForTerminal(topicsJson(data, topics)));
    else {
      // Only what the markdown shows is escaped, not the whole history read.
      const { range, partial, notes } = data;
      const shown = escapeValuesForTerminal({ topics, range, partial, notes });
      ctx.outLines(formatTopicsMarkdown(shown.topics, { ...shown, commits: data.commits.length }));
    }
    return 0;
  },
};

function dayOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const why = dateProblem(value as string);
  if (why) throw new UsageError(`--${name}: ${why}`);
  return value as string;
}
