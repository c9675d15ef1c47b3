import { simpleGit, type SimpleGit } from 'simple-git';
import { t } from '../core/l10n';

/**
 * Config every git call runs with, so a repository's own config cannot make git run programs or
 * change its output: no fsmonitor command, no signature lines, unquoted paths, no colour, and
 * commit messages in UTF-8 (`i18n.logOutputEncoding` would re-encode them: UTF-16 broke every
 * parse, Latin-1 every name outside it).
 */
export const HARDENING_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'log.showSignature=false',
  'core.quotepath=false',
  'color.ui=false',
  'i18n.logOutputEncoding=UTF-8',
];

/**
 * A simple-git instance for a folder with the hardening config. simple-git refuses any
 * `core.fsmonitor` config unless `allowUnsafeFsMonitor` is set, even the value `false`; we set it
 * only so that our constant `core.fsmonitor=false` can override a hostile repository's command
 * (test/git proves the command does not run). No other unsafe option is enabled, and no caller
 * can pass config of its own. Any non-zero exit is an error, also one with nothing on stderr
 * (simple-git's default lets those pass, so a silent failing hook would look like success).
 */
export function hardenedGit(baseDir: string): SimpleGit {
  return simpleGit({
    baseDir,
    config: [...HARDENING_CONFIG],
    maxConcurrentProcesses: 2,
    timeout: { block: 10_000 },
    unsafe: { allowUnsafeFsMonitor: true },
    errors(error, result) {
      if (error) return error;
      if (result.exitCode === 0) return undefined;
      const output = Buffer.concat([...result.stdErr, ...result.stdOut]).toString('utf8');
      return new Error(output.trim() || t('git exited with code {0}', result.exitCode));
    },
  });
}
