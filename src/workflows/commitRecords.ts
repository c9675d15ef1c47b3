import { commitMessage } from '../core/records/commitMessage';
import { done, failed, type Outcome } from './outcome';
import type { GitFailure, RecordChange, WorkflowPorts } from './ports';
import { ensurePrivateRule } from './privateRule';
import { t } from '../core/l10n';

/** What would be committed. */
export interface RecordsToCommit {
  changes: RecordChange[];
  /** The private rule had been removed from .gitignore and is back. */
  restoredRule: boolean;
}

/**
 * The changed records to commit (all, or those of `paths`, relative to the records root), after
 * making sure private notes stay out of git.
 */
export async function recordsToCommit(
  request: { paths?: readonly string[] },
  ports: Pick<WorkflowPorts, 'records' | 'git'>,
): Promise<Outcome<RecordsToCommit>> {
  const unavailable = ports.git.unavailable();
  if (unavailable) return failed('refused', unavailable);
  const rule = await ensurePrivateRule(ports.records);
  if (!rule.ok) return rule;
  const listed = await ports.git.recordChanges();
  if (!listed.ok) return gitFailure(listed);
  const changes = request.paths
    ? listed.changes.filter((c) => request.paths!.includes(c.rootRelative))
    : listed.changes;
  return done({ changes, restoredRule: rule.value.restored });
}

/** The message to suggest for these changes, from the team's `commitMessage` template. */
export async function suggestCommitMessage(
  changes: readonly RecordChange[],
  ports: Pick<WorkflowPorts, 'settings'>,
): Promise<Outcome<string>> {
  const { settings, problems } = await ports.settings.team();
  const message = commitMessage(
    changes.map((c) => ({ path: c.rootRelative, status: c.status })),
    settings.commitMessage,
  );
  return done(message, problems);
}

/** Commits the chosen records with the message; anything else staged stays staged. */
export async function commitChosen(
  request: { changes: readonly RecordChange[]; message: string },
  ports: Pick<WorkflowPorts, 'git' | 'log'>,
): Promise<Outcome<{ commit: string }>> {
  const message = request.message.trim();
  if (message === '') return failed('refused', t('A commit needs a message.'));
  if (request.changes.length === 0) return failed('refused', t('Nothing to commit.'));
  const committed = await ports.git.commit(request.changes, message);
  if (!committed.ok) return gitFailure(committed);
  ports.log.info(
    `Committed ${committed.commit}: ${message} (${request.changes.map((c) => c.path).join(', ')})`,
  );
  return done({ commit: committed.commit });
}

/** git's failures in words a person can act on. */
function gitFailure<T>(f: GitFailure): Outcome<T> {
  switch (f.kind) {
    case 'git-missing':
      return failed(
        'git',
        t('git was not found: install git, or put it on the PATH, to commit records.'),
      );
    case 'not-a-repo':
      return failed(
        'git',
        t(
          'The records are not in a git repository: run "git init" where they live, then commit again.',
        ),
      );
    case 'hook-failed': {
      const output = f.output ?? f.message;
      const first = output.trim().split('\n')[0] ?? '';
      return {
        ok: false,
        failure: {
          kind: 'git',
          message: t('A git hook refused the commit; its output is in the log. {0}', first),
          detail: output,
        },
      };
    }
    default:
      return failed('git', f.message);
  }
}
