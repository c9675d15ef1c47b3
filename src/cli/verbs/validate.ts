import * as fs from 'node:fs';
import type { Problem } from '../../core/problem';
import { validateRecords, type ValidationReport } from '../../store/validateRecords';
import { validateStaged } from '../validateStaged';
import { shown } from '../cliContext';
import { formatOption } from '../formatOption';
import { githubAnnotation } from '../githubAnnotation';
import { UsageError } from '../parseArgs';
import { relationshipDir } from '../relationshipArg';
import { defineVerb } from '../verb';
import { jsonForTerminal } from '../../core/text/escapeForTerminal';
import { t } from '../../core/l10n';

/** `validate`: checks records, for people, pre-commit hooks and CI. */
export const validateVerb = defineVerb({
  name: 'validate',
  summary: t('check the records and report problems'),
  usage: 'validate [SLUG | --staged] [--format text|json|github]',
  details: [
    t("Checks every plan, session and questions file (or one relationship's). Exit 1 when any"),
    t('problem is an error; warnings and hints are reported but do not fail.'),
    t(
      '--staged (for a pre-commit hook): checks what the commit will contain (the index git hands the',
    ),
    t(
      'hook, against HEAD): the staged bytes of each records file, and fails (code private-staged)',
    ),
    t('when a path inside a private folder is added or modified; removing one is allowed.'),
    t(
      'json: {"files": N, "problems": [{"file", "line", "column", "severity", "code", "message"}]}',
    ),
    t(
      'github: GitHub Actions annotations (::error, ::warning, ::notice for hints) and the summary line.',
    ),
  ],
  options: {
    format: {
      kind: 'string',
      placeholder: 'text|json|github',
      description: t('the output (default: text)'),
    },
    staged: {
      kind: 'flag',
      description: t('check what the next commit will contain (pre-commit)'),
    },
  },
  async run(ctx, { values, positionals }) {
    const format = formatOption(values.format, ['text', 'json', 'github']);
    if (positionals.length > 1)
      throw new UsageError(t('unexpected argument "{0}"', positionals[1]));
    const slug = positionals[0];
    let report: ValidationReport;
    if (values.staged) {
      if (slug) throw new UsageError(t('--staged checks what is staged; it takes no SLUG'));
      report = await validateStaged(ctx);
    } else {
      if (slug) relationshipDir(ctx, slug);
      else if (!fs.existsSync(ctx.records.root)) {
        throw new UsageError(
          t(
            'no records folder at {0} (run init, or pass --dir/--root)',
            shown(ctx, ctx.records.root),
          ),
        );
      }
      report = validateRecords(ctx.records.root, ctx.dir, slug);
    }
    const problems = report.problems.sort(byPlace);
    if (format === 'json') {
      ctx.outLines(jsonForTerminal({ files: report.files, problems }));
    } else {
      for (const p of problems)
        ctx.out(
          format === 'github'
            ? githubAnnotation(p)
            : `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`,
        );
      const count = (s: string) => problems.filter((p) => p.severity === s).length;
      ctx.out(
        t(
          '{0} files checked: {1} errors, {2} warnings, {3} hints',
          report.files,
          count('error'),
          count('warning'),
          count('hint'),
        ),
      );
    }
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
});

function byPlace(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
