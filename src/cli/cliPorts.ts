import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveTeamSettings, type TeamSettings } from '../core/settings/teamSettings';
import { GitError } from '../git/gitError';
import { gitResult } from '../git/gitFailure';
import { findRepositories } from '../git/findRepositories';
import type { KnownRepository } from '../git/historyRange';
import { identityOf, readHead } from '../git/readRepoFacts';
import { EMPTY_CONFIG, readRepoConfig, type RepoConfig } from '../git/repoConfig';
import { recordsRepository, type RecordsRepository } from '../git/recordsRepository';
import { atomicWrite } from '../store/atomicWrite';
import { loadRelationship } from '../store/loadRelationship';
import { loadRelationships } from '../store/loadRelationships';
import { recordTextReader } from '../store/recordTextReader';
import { editRecordFile } from '../store/recordFiles';
import { readTeamConfig } from '../store/readTeamConfig';
import { insideRoot } from '../store/safePath';
import { readTemplateFiles } from '../store/readTemplateFiles';
import { readTemplate } from '../store/templateFiles';
import type {
  CodeRepository,
  GitPort,
  RecordsPort,
  RepositoriesResult,
  WorkflowPorts,
} from '../workflows/ports';
import { NO_PROGRESS } from '../workflows/ports';
import { repositoryIdentity } from '../core/topics/repositoryIdentity';
import { shown, type CliContext } from './cliContext';
import { historyCacheDir } from './historyCacheDir';
import { cliLocale } from './cliTranslator';
import { codeVersion } from '../store/codeVersion';
import { fileResultCache } from '../git/resultCache';
import { stateOf, tipsOf } from '../git/repoTip';
import type { TipState } from '../core/topics/tipState';
import { t } from '../core/l10n';

/** The ports of the workflows on the command line: the disk, git, today, config.yml and flags. */
export type CliPorts = WorkflowPorts;

/** How a verb wants git: off (`--no-git`), and which repository topics are read from. */
export interface CliGitOptions {
  noGit?: boolean;
  /** The code repository (`--repo`); the one holding --dir by default. */
  repo?: string;
  /** Every repository given (each --repo, the repositories in --repos-dir), matched by remote. */
  repos?: string[];
  /** Read history without the cache (--no-cache). */
  noCache?: boolean;
  /** The history cache's folder (default: historyCacheDir()). */
  cacheDir?: string;
}

/** Builds the ports for one verb run; `explicit` holds the team settings its flags set. */
export function cliPorts(
  ctx: CliContext,
  explicit: Partial<TeamSettings> = {},
  git: CliGitOptions = {},
): CliPorts {
  return {
    records: diskRecords(ctx),
    git: cliGit(ctx, git),
    clock: { today: () => ctx.today },
    settings: {
      team: () => {
        const config = readTeamConfig(
          ctx.records.root,
          shown(ctx, path.join(ctx.records.root, 'config.yml')),
        );
        return Promise.resolve({
          settings: resolveTeamSettings(explicit, config.values),
          problems: config.problems
            .filter((p) => p.severity !== 'hint')
            .map((p) => `${p.file}:${p.line}: ${p.message}`),
        });
      },
    },
    progress: NO_PROGRESS,
    // The terminal shows outcomes and notes; the log has nowhere to go that a person reads.
    log: { info: () => undefined },
  };
}

/** Records on disk under the records root: atomic writes, a lock for edits, no links. */
function diskRecords(ctx: CliContext): RecordsPort {
  const root = ctx.records.root;
  const abs = (file: string) => insideRoot(root, ...file.split('/'));
  return {
    shown: (file) => shown(ctx, path.join(root, ...file.split('/'))),
    listRelationships: () => Promise.resolve(loadRelationships(root).map((r) => r.slug)),
    readText: (file) => Promise.resolve(recordTextReader(root)(file)),
    readRelationship: (slug) => Promise.resolve(loadRelationship(root, slug)),
    readTeamFiles: (kind) => {
      const read = readTemplateFiles(root, kind);
      const name = (p: string) => shown(ctx, path.join(root, ...p.split('/')));
      return Promise.resolve({
        files: read.files.map((f) => ({ path: name(f.path), text: f.text })),
        problems: read.problems.map((p) => ({ ...p, file: name(p.file) })),
      });
    },
    readTemplate: (name) => {
      try {
        if (!fs.existsSync(path.join(root, 'templates', name)))
          return Promise.resolve({ ok: true });
        return Promise.resolve({ ok: true, text: readTemplate(root, name, '') });
      } catch (e) {
        return Promise.resolve({ ok: false, message: (e as Error).message });
      }
    },
    listNames: (folder) => {
      try {
        return Promise.resolve(fs.readdirSync(abs(folder)));
      } catch {
        return Promise.resolve([]);
      }
    },
    exists: (file) => Promise.resolve(fs.existsSync(abs(file))),
    createFolder: (folder) => {
      try {
        fs.mkdirSync(abs(folder), { recursive: true });
        return Promise.resolve({ ok: true });
      } catch (e) {
        return Promise.resolve({ ok: false, message: (e as Error).message });
      }
    },
    createFile: (file, text) => {
      let target: string | undefined;
      try {
        target = abs(file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        atomicWrite(target, new TextEncoder().encode(text), { exclusive: true });
        return Promise.resolve({ ok: true });
      } catch (e) {
        // Another process took the name between listing and writing: the workflow takes the next.
        if (target !== undefined && fs.existsSync(target) && !fs.lstatSync(target).isSymbolicLink())
          return Promise.resolve({ ok: false, taken: true });
        return Promise.resolve({ ok: false, taken: false, message: (e as Error).message });
      }
    },
    editFile: (file, compute) => {
      try {
        const target = abs(file);
        return Promise.resolve(
          editRecordFile(ctx.records.root, target, shown(ctx, target), compute),
        );
      } catch (e) {
        return Promise.resolve({ ok: false, message: (e as Error).message });
      }
    },
  };
}

function cliGit(ctx: CliContext, options: CliGitOptions): GitPort {
  let found: Promise<RecordsRepository> | undefined;
  // Each repository's tip as finding it read it: keying a kept ranking needs no more git runs.
  const tips = new Map<string, TipState>();
  // Each folder's config, read once a run: the user's identity and finding repositories (remotes,
  // partial clone) ask the same `git config --list`.
  const configs = new Map<string, Promise<RepoConfig>>();
  const configOf = (dir: string): Promise<RepoConfig> => {
    const key = path.resolve(dir);
    const read = configs.get(key) ?? readRepoConfig(key);
    configs.set(key, read);
    return read;
  };
  // What finding each repository read (by top), handed once to its history read (which then
  // asks git only for what it lacks: the logs read the tip the repository was found at).
  const known = new Map<string, () => KnownRepository>();
  const repository = () =>
    (found ??= recordsRepository(options.repo ?? ctx.dir, ctx.records.root).then((r) => {
      if (r.ok) {
        tips.set(r.top, stateOf(r.head) ?? { tip: r.tip });
        known.set(r.top, () => ({ head: r.head, config: configOf(options.repo ?? ctx.dir) }));
      }
      return r;
    }));
  const topOf = async () => {
    const repo = await repository();
    if (!repo.ok) throw new GitError('not-a-repo', repo.message);
    return repo.top;
  };
  // The identity each repository was found by, for its cache file's name.
  const identities = new Map<string, string>();
  const results = options.noCache ? undefined : (options.cacheDir ?? historyCacheDir());
  return {
    unavailable: () => (options.noGit ? t('git is off (--no-git).') : undefined),
    head: () => readHead(ctx.records.top),
    repository: async () => {
      const repo = await repository();
      return repo.ok ? { ...repo, name: path.basename(repo.top) } : repo;
    },
    // The git modules behind each method load when it is first called: a run uses a few of
    // them, and a topics run served from the kept ranking none.
    recordChanges: () =>
      gitResult(async () => ({
        changes: await (await import('../git/recordChanges')).recordChanges(ctx.records.root),
      })),
    commit: (changes, message) =>
      gitResult(async () =>
        (await import('../git/commitRecords')).commitRecords(
          ctx.records.root,
          [...changes],
          message,
        ),
      ),
    installGuard: async (options) => {
      // The hook belongs to the repository that holds the records (it may be a nested one).
      const where = fs.existsSync(ctx.records.root) ? ctx.records.root : ctx.dir;
      const { HooksOutsideRepositoryError, installPreCommitGuard } =
        await import('../git/preCommitGuard');
      try {
        const r = await installPreCommitGuard(where, { recordsRoot: ctx.records.root, ...options });
        return { ok: true, ...r, roots: r.roots.map((x) => x.prefix) };
      } catch (e) {
        if (e instanceof HooksOutsideRepositoryError)
          return {
            ok: false,
            outsideRepository: true,
            message: t('{0} Pass --global-hooks-path to install it there anyway.', e.message),
          };
        if (e instanceof GitError) return { ok: false, message: e.message };
        throw e;
      }
    },
    repositories: (named) =>
      codeRepositories(ctx, options, named, { identities, tips, known, configOf }),
    tips: (tops) => tipsOf(tops, tips),
    results:
      results === undefined
        ? undefined
        : fileResultCache(results, codeVersion(cliLocale(process.argv.slice(2), process.env))),
    readFileActivity: async (query, progress, top) => {
      try {
        const { readFileActivity } = await import('../git/readFileActivity');
        const activity = await readFileActivity(top ?? (await topOf()), query, {
          signal: progress.signal,
        });
        return { ok: true, activity };
      } catch (e) {
        if (e instanceof GitError)
          return { ok: false, cancelled: e.kind === 'cancelled', message: e.message };
        throw e;
      }
    },
    userIdentity: async () => {
      // Where the records are (or --repo): that repository's config, else the user's own; no
      // repository is needed (the code may live in others than the records).
      const me = identityOf(await configOf(options.repo ?? ctx.dir).catch(() => EMPTY_CONFIG));
      return [me.email, me.name].filter((v): v is string => v !== undefined);
    },
    readHistory: async (query, progress, top) => {
      try {
        const where = top ?? (await topOf());
        const handed = known.get(where)?.();
        known.delete(where);
        const cacheDir = results;
        if (!cacheDir) {
          const { readHistory } = await import('../git/readHistory');
          return {
            ok: true,
            data: await readHistory(where, query, { signal: progress.signal, known: handed }),
          };
        }
        const { cachedReadHistory } = await import('../git/historyCache');
        const read = await cachedReadHistory(
          where,
          query,
          { signal: progress.signal, known: handed },
          { dir: cacheDir, identity: identities.get(where) },
        );
        return { ok: true, data: read.data, unwritten: read.unwritten };
      } catch (e) {
        if (e instanceof GitError)
          return { ok: false, cancelled: e.kind === 'cancelled', message: e.message };
        throw e;
      }
    },
  };
}

/** What a run learnt of its repositories so far, shared by the git port's methods. */
interface FoundSoFar {
  /** The identity each repository was found by, for its cache file's name. */
  identities: Map<string, string>;
  /** Each repository's tip as finding it read it. */
  tips: Map<string, TipState>;
  /** What finding each read, for its history read. */
  known: Map<string, () => KnownRepository>;
  /** A folder's config, read once a run. */
  configOf: (dir: string) => Promise<RepoConfig>;
}

/**
 * The repositories to read on the command line. A plan that names some: each matched by remote
 * among every --repo, the repositories in --repos-dir and the one holding --dir. A plan that
 * names none: every repository given when there are several, else undefined (the one of --repo
 * or --dir, as before).
 */
async function codeRepositories(
  ctx: CliContext,
  options: CliGitOptions,
  named: readonly string[],
  found: FoundSoFar,
): Promise<RepositoriesResult | undefined> {
  const { identities, tips, known, configOf } = found;
  const given = options.repos ?? [];
  const inRepo = async (dir: string, repository?: string): Promise<CodeRepository | string> => {
    const repo = await recordsRepository(dir, ctx.records.root);
    if (!repo.ok) return repo.message;
    tips.set(repo.top, stateOf(repo.head) ?? { tip: repo.tip });
    known.set(repo.top, () => ({ head: repo.head, config: configOf(dir) }));
    return atTop(repo.top, repository);
  };
  // A top git already named: where the records root sits in it, without asking git again.
  const atTop = (top: string, repository?: string): CodeRepository => {
    const name = path.basename(top);
    const records = path.relative(top, ctx.records.root).split(path.sep).join('/');
    const inside = records !== '' && !records.startsWith('..') && !path.isAbsolute(records);
    return { repository: repository ?? name, name, top, recordsPath: inside ? records : undefined };
  };
  if (named.length === 0) {
    if (given.length <= 1) return undefined;
    const found: CodeRepository[] = [];
    for (const dir of given) {
      const repo = await inRepo(dir);
      if (typeof repo === 'string') return { ok: false, message: repo };
      if (!found.some((f) => f.top === repo.top)) found.push(repo);
    }
    return { ok: true, found, missing: [] };
  }
  const match = await findRepositories(named, [...given, options.repo ?? ctx.dir], {}, configOf);
  const repos: CodeRepository[] = [];
  for (const f of match.found) {
    const repo = atTop(f.top, f.named);
    identities.set(repo.top, repositoryIdentity(f.named) ?? f.named);
    tips.set(repo.top, stateOf(f.head) ?? { tip: f.tip });
    known.set(repo.top, () => ({ head: f.head, config: f.config }));
    repos.push(repo);
  }
  return { ok: true, found: repos, missing: match.missing };
}
