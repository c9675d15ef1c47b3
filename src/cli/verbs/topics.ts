import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOPIC_DAYS } from '../../core/records/topicRequest';
import { formatTopicsMarkdown, topicsJson } from '../../core/topics/formatTopics';
import { dateOption } from '../dateOption';
import { listingFormat } from '../formatOption';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import { mineTopics, relationshipTopics } from '../mineTopics';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb } from '../verb';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';

/** `topics`: learning topics from the mentee's git history, each with evidence and a question. */
export const topicsVerb = defineVerb({
  name: 'topics',
  summary: "turn the mentee's commits into learning topics to talk about",
  usage:
    'topics SLUG [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--repo PATH] [--format md|text|json]\n' +
    '       mentoring-journal topics --author EMAIL_OR_NAME [--author ...] [--since ...] [--until ...] [--repo PATH] [--format md|text|json]',
  details: [
    "Reads the mentee's commits (the plan's identities, after .mailmap; merges left out unless",
    '--include-merges) and groups them into stories, one topic each: a patch series (one commit',
    'time), a feature, a fix chain, a release, a backport, a revert, a security fix. Stories rank',
    'by size, new ground, review and help, later fixes or reverts, goals and recency; churn',
    '(changelog, lock files, formatting, bots) ranks low. Inside a story, facets: first touches',
    '(area, language, dependency, build/CI file), tests, later fixes, who helped (Reviewed-by,',
    'Helped-by, Suggested-by, Reported-by, Acked-by, Tested-by, Co-authored-by), the goal. Also',
    'one topic for the person the mentee learns from most (kind "collaborator") and one per goal',
    '(its areas, or a "Mentoring-Goal: G1" trailer). Each topic has its evidence (commits, files)',
    'and an open question, no two alike.',
    'The range: --since/--until (whole days, UTC); else since the last session (its recorded',
    `HEAD when that is an ancestor of HEAD, else its date); else the last ${DEFAULT_TOPIC_DAYS} days.`,
    '--repo is the code repository (default: the one holding --dir). A shallow clone gives',
    'topics marked partial. text (the default on a terminal): md without markup. json: {"range": {"since", "until"}, "commits": N, "partial": bool,',
    '"topics": [{"id", "kind", "title", "score", "evidence": {"commits", "files"}, "question",',
    '"expert"?, "docs"?, "facets"?: [{"kind", "text"}]}], "notes": [...]}; kind is "story",',
    '"collaborator" or "goal".',
  ],
  options: {
    since: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: 'the first day (default: since the last session)',
    },
    until: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: 'the last day (default: today)',
    },
    repo: {
      kind: 'string',
      placeholder: 'PATH',
      description: 'the code repository (default: the one holding --dir)',
    },
    author: {
      kind: 'list',
      placeholder: 'EMAIL_OR_NAME',
      description: "whose commits, instead of a relationship's mentee",
    },
    format: {
      kind: 'string',
      placeholder: 'md|text|json',
      description: 'the output (default: text on a terminal, else md)',
    },
    'include-merges': { kind: 'flag', description: 'count merge commits too' },
  },
  async run(ctx, { values, positionals }) {
    const format = listingFormat(ctx, values.format);
    const since =
      values.since === undefined ? undefined : dateOption(values.since, ctx.today, '--since');
    const until = dateOption(values.until, ctx.today, '--until');
    if (since && since > until) throw new UsageError('--since is after --until');
    const authors = values.author;
    if (authors.some((a) => a.trim() === '' || /[\r\n\0]/.test(a)))
      throw new UsageError('--author must be a non-empty email or name on one line');
    const repo = path.resolve(ctx.dir, values.repo ?? '.');
    if (!fs.existsSync(repo)) throw new UsageError(`--repo: no folder ${repo}`);

    let result;
    if (authors.length) {
      if (positionals.length)
        throw new UsageError('give either SLUG or --author, not both (see --help)');
      result = await mineTopics(
        ctx,
        { authors, range: { since, until }, includeMerges: values['include-merges'] },
        repo,
      );
    } else {
      if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
      const dir = relationshipDir(ctx, positionals[0]);
      result = await relationshipTopics(ctx, path.basename(dir), {
        since,
        until,
        repo,
        includeMerges: values['include-merges'],
      });
    }
    const { data, topics } = result;
    if (format === 'json') ctx.outLines(jsonForTerminal(topicsJson(data, topics)));
    else {
      // Only what the markdown shows is escaped, not the whole history read.
      const { range, partial, notes } = data;
      const shown = escapeValuesForTerminal({ topics, range, partial, notes });
      ctx.outLines(
        formatTopicsMarkdown(
          shown.topics,
          { ...shown, commits: data.commits.length },
          format === 'text' ? PLAIN : MARKDOWN,
        ),
      );
    }
    return 0;
  },
});
