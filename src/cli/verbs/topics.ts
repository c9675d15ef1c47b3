import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOPIC_DAYS } from '../../core/records/topicRequest';
import { formatTopicsMarkdown, topicsJson } from '../../core/topics/formatTopics';
import { identityHintNote } from '../../core/topics/identityHintNote';
import { splitRaised } from '../../core/topics/worthRaising';
import { dateOption } from '../dateOption';
import { listingFormat } from '../formatOption';
import { MARKDOWN, PLAIN } from '../../core/text/markup';
import { mineTopics, relationshipTopics } from '../mineTopics';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb } from '../verb';
import { repositoryFolders } from '../../git/findRepositories';
import { historyCacheDir } from '../historyCacheDir';
import { escapeValuesForTerminal, jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/** `topics`: learning topics from the mentee's git history, each with evidence and a question. */
export const topicsVerb = defineVerb({
  name: 'topics',
  summary: t("turn the mentee's commits into learning topics to talk about"),
  usage:
    'topics SLUG [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--repo PATH ...] [--repos-dir DIR] [--all] [--format md|text|json]\n' +
    '       mentoring-journal topics --author EMAIL_OR_NAME [--author ...] [--since ...] [--until ...] [--repo PATH ...] [--all] [--format md|text|json]',
  details: [
    t("Reads the mentee's commits (the plan's identities, after .mailmap; merges left out unless"),
    t('--include-merges) and groups them into stories, one topic each: a patch series (one commit'),
    t(
      'time), a feature, a fix chain, a release, a backport, a revert, a security fix. Stories rank',
    ),
    t('by size, new ground, review and help, later fixes or reverts, goals and recency; churn'),
    t('(changelog, lock files, formatting, bots) ranks low. Inside a story, facets: first touches'),
    t('(area, language, dependency, build/CI file), tests, later fixes, who helped (Reviewed-by,'),
    t('Helped-by, Suggested-by, Reported-by, Acked-by, Tested-by, Co-authored-by), the goal. Also'),
    t(
      'one topic for the person the mentee learns from most (kind "collaborator") and one per goal',
    ),
    t('(its areas, or a "Mentoring-Goal: G1" trailer). The mentee\'s own merges of others\''),
    t('pull requests are one review topic, and merges of long-lived branches one upkeep topic.'),
    t('Each topic has its evidence (commits, files),'),
    t(
      'an open question, no two alike, and for the top ten an expert (the most active other author',
    ),
    t("of the story's files in the last year) and the docs it is about."),
    t('Only topics worth raising are listed (at most ten, at least three when there are): a story'),
    t(
      'with help, later fixes, a goal, new ground, a release, security fix, backport or revert, or',
    ),
    t(
      "real work weighing half the mentee's strongest story. The rest are counted; --all lists them.",
    ),
    t('The range: --since/--until (whole days, UTC); else since the last session (its recorded'),
    t(
      'HEAD when that is an ancestor of HEAD, else its date); else the last {0} days.',
      DEFAULT_TOPIC_DAYS,
    ),
    t('--repo is the code repository (default: the one holding --dir). A plan that names'),
    t('"repositories:" (github.com/acme/api) is read in each of them, found by remote among every'),
    t(
      '--repo, the repositories directly in --repos-dir and the one holding --dir; those not found',
    ),
    t('are listed. Without plan repositories, several --repo (or --repos-dir) are all read.'),
    t('What was read is cached outside the repository (--no-cache, --clear-cache; the folder is'),
    t('$MENTORING_JOURNAL_CACHE_DIR, else $XDG_CACHE_HOME/mentoring-journal, else ~/.cache/...).'),
    t('A shallow clone gives topics marked partial. text (the default on a terminal): md without'),
    t('markup. json: {"range": {"since", "until"}, "commits": N, "partial": bool,'),
    t('"topics": [{"id", "kind", "title", "score", "evidence": {"commits", "files"}, "question",'),
    t('"expert"?, "docs"?, "facets"?: [{"kind", "text"}], "repository"}], "more": [the same, the'),
    t('topics not worth raising or beyond the first ten], "notes": [...],'),
    t('"missingRepositories": [...], kind is "story", "collaborator" or "goal";'),
    t('"identityHints": [{"name", "email", "commits"}]}. identityHints: other addresses the'),
    t("mentee's name commits under (accents and case folded), also listed as notes; add one with"),
    t('`identities add SLUG EMAIL`.'),
  ],
  options: {
    since: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: t('the first day (default: since the last session)'),
    },
    until: {
      kind: 'string',
      placeholder: 'YYYY-MM-DD',
      description: t('the last day (default: today)'),
    },
    repo: {
      kind: 'list',
      placeholder: 'PATH',
      description: t('a code repository (default: the one holding --dir); repeatable'),
    },
    'repos-dir': {
      kind: 'string',
      placeholder: 'DIR',
      description: t('a folder whose immediate subfolders are code repositories'),
    },
    'no-cache': { kind: 'flag', description: t('read the history without the cache') },
    'clear-cache': { kind: 'flag', description: t('remove the history cache first') },
    author: {
      kind: 'list',
      placeholder: 'EMAIL_OR_NAME',
      description: t("whose commits, instead of a relationship's mentee"),
    },
    format: {
      kind: 'string',
      placeholder: 'md|text|json',
      description: t('the output (default: text on a terminal, else md)'),
    },
    'include-merges': { kind: 'flag', description: t('count merge commits too') },
    all: { kind: 'flag', description: t('also list the smaller topics (text and md)') },
  },
  async run(ctx, { values, positionals }) {
    const format = listingFormat(ctx, values.format);
    const since =
      values.since === undefined ? undefined : dateOption(values.since, ctx.today, '--since');
    const until = dateOption(values.until, ctx.today, '--until');
    if (since && since > until) throw new UsageError(t('--since is after --until'));
    const authors = values.author;
    if (authors.some((a) => a.trim() === '' || /[\r\n\0]/.test(a)))
      throw new UsageError(t('--author must be a non-empty email or name on one line'));
    const repos = values.repo.map((r) => path.resolve(ctx.dir, r));
    for (const r of repos)
      if (!fs.existsSync(r)) throw new UsageError(t('--repo: no folder {0}', r));
    const reposDir =
      values['repos-dir'] === undefined ? undefined : path.resolve(ctx.dir, values['repos-dir']);
    if (reposDir !== undefined && !fs.existsSync(reposDir))
      throw new UsageError(t('--repos-dir: no folder {0}', reposDir));
    if (values['clear-cache'])
      (await import('../../git/historyCache')).clearHistoryCache(historyCacheDir());
    const git = {
      repo: repos[0] ?? ctx.dir,
      repos: [...repos, ...(reposDir ? reposIn(reposDir) : [])],
      noCache: values['no-cache'],
    };

    let result;
    let slug: string | undefined;
    if (authors.length) {
      if (positionals.length)
        throw new UsageError(t('give either SLUG or --author, not both (see --help)'));
      result = await mineTopics(
        ctx,
        { authors, range: { since, until }, includeMerges: values['include-merges'] },
        git,
      );
    } else {
      if (positionals.length > 1)
        throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
      const dir = relationshipDir(ctx, positionals[0]);
      slug = path.basename(dir);
      result = await relationshipTopics(ctx, path.basename(dir), {
        since,
        until,
        includeMerges: values['include-merges'],
        ...git,
      });
    }
    const { data, missingRepositories } = result;
    const { raised: topics, more } = splitRaised(result.topics);
    const hints = data.identityHints ?? [];
    if (format === 'json')
      ctx.outLines(
        jsonForTerminal({
          ...topicsJson(data, topics, more),
          missingRepositories,
          identityHints: hints,
        }),
      );
    else {
      const hintNotes = hints.map(
        (h) =>
          identityHintNote(h) +
          (slug === undefined
            ? ''
            : ` Add it: mentoring-journal identities add ${slug} ${h.email}`),
      );
      // Only what the markdown shows is escaped, not the whole history read.
      const { range, partial } = data;
      const notes = [...data.notes, ...hintNotes];
      const shown = escapeValuesForTerminal({ topics, more, range, partial, notes });
      ctx.outLines(
        formatTopicsMarkdown(
          shown.topics,
          { ...shown, commits: data.commits.length, all: values.all },
          format === 'text' ? PLAIN : MARKDOWN,
        ),
      );
    }
    return 0;
  },
});

/** The repositories directly inside `dir` (not `dir` itself). */
function reposIn(dir: string): string[] {
  return repositoryFolders([dir], 1).filter((d) => d !== dir);
}
