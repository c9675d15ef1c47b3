/**
 * Small fakes of the workflows' ports: records in a map of root-relative paths to text, git
 * answering from fields, a fixed clock and settings. No vscode, no disk.
 */
import type { EditResult } from '../../src/core/edits/editResult';
import { readRelationship } from '../../src/core/records/relationship';
import { defaultTeamSettings, type TeamSettings } from '../../src/core/settings/teamSettings';
import type { FileActivity, HistoryData } from '../../src/core/topics/historyData';
import { applyEdits } from '../../src/core/text/textEdit';
import type { NewSessionPorts } from '../../src/workflows/newSession';
import type {
  GuardOptions,
  GuardResult,
  CreateFileResult,
  FileActivityQuery,
  FileActivityResult,
  GitPort,
  HistoryQuery,
  HistoryResult,
  Progress,
  RecordChange,
  RecordsPort,
  RepositoryResult,
} from '../../src/workflows/ports';

/** Records held in memory; `beforeCreate` lets a test play another process taking a name. */
export class FakeRecords implements RecordsPort {
  readonly files = new Map<string, string>();
  beforeCreate?: (file: string) => void;
  refuse?: string;

  constructor(files: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(files)) this.files.set(k, v);
  }

  shown(file: string) {
    return file;
  }

  listRelationships() {
    return Promise.resolve(
      [...this.files.keys()]
        .filter((k) => /^[^/]+\/plan\.md$/.test(k))
        .map((k) => k.split('/')[0])
        .sort(),
    );
  }

  readTeamFiles(kind: 'reflections' | 'questions') {
    const prefix = `templates/${kind}/`;
    return Promise.resolve({
      files: [...this.files]
        .filter(([k]) => k.startsWith(prefix))
        .map(([path, text]) => ({ path, text })),
      problems: [],
    });
  }

  readText(file: string) {
    return Promise.resolve(this.files.get(file));
  }

  readRelationship(slug: string) {
    const texts = [...this.files].map(([path, text]) => ({ path, text }));
    return Promise.resolve(readRelationship(slug, texts));
  }

  readTemplate(name: 'plan.md' | 'session.md') {
    return Promise.resolve({ ok: true as const, text: this.files.get(`templates/${name}`) });
  }

  listNames(folder: string) {
    const prefix = `${folder}/`;
    return Promise.resolve(
      [...this.files.keys()]
        .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
        .map((k) => k.slice(prefix.length)),
    );
  }

  exists(file: string) {
    const prefix = `${file}/`;
    return Promise.resolve(
      this.files.has(file) ||
        this.folders.has(file) ||
        [...this.files.keys()].some((k) => k.startsWith(prefix)),
    );
  }

  readonly folders = new Set<string>();
  createFolder(folder: string) {
    this.folders.add(folder);
    return Promise.resolve({ ok: true as const });
  }

  createFile(file: string, text: string): Promise<CreateFileResult> {
    this.beforeCreate?.(file);
    if (this.refuse) return Promise.resolve({ ok: false, taken: false, message: this.refuse });
    if (this.files.has(file)) return Promise.resolve({ ok: false, taken: true });
    this.files.set(file, text);
    return Promise.resolve({ ok: true });
  }

  editFile(file: string, compute: (text: string) => EditResult) {
    const text = this.files.get(file);
    if (text === undefined) return Promise.resolve({ ok: false as const, message: 'gone' });
    const result = compute(text);
    if (!result.ok) return Promise.resolve({ ok: false as const, message: result.message });
    if (result.edits.length === 0) return Promise.resolve({ ok: true as const, changed: false });
    this.files.set(file, applyEdits(text, result.edits));
    return Promise.resolve({ ok: true as const, changed: true });
  }
}

/** git answering from fields; `queries` records what history was asked for. */
export class FakeGit implements GitPort {
  unavailableBecause?: string;
  headSha?: string = 'abc1234';
  repo: RepositoryResult = { ok: true, name: 'app', top: '/repo', recordsPath: 'mentoring' };
  history: HistoryResult | undefined;
  readonly queries: HistoryQuery[] = [];

  unavailable() {
    return this.unavailableBecause;
  }
  head() {
    return Promise.resolve(this.headSha);
  }
  repository() {
    return Promise.resolve(this.repo);
  }
  /** Set by a test to find the repositories a plan names; absent: `repository()` alone. */
  repositories?: GitPort['repositories'];
  /** Set by a test to keep finished rankings (with `tips`); absent: none are kept. */
  results?: GitPort['results'];
  tips?: GitPort['tips'];
  readHistory(query: HistoryQuery, _progress?: Progress, _top?: string): Promise<HistoryResult> {
    this.queries.push(query);
    return Promise.resolve(
      this.history ?? { ok: false, cancelled: false, message: 'no history in this fake' },
    );
  }

  /** What readFileActivity answers (undefined: a failure), and the queries it got. */
  activity: FileActivity[] | undefined = [];
  readonly activityQueries: FileActivityQuery[] = [];
  readFileActivity(query: FileActivityQuery): Promise<FileActivityResult> {
    this.activityQueries.push(query);
    return Promise.resolve(
      this.activity
        ? { ok: true, activity: this.activity }
        : { ok: false, cancelled: false, message: 'no activity in this fake' },
    );
  }
  /** The user's git identity. */
  me: string[] = ['me@example.com', 'Me Myself'];
  userIdentity() {
    return Promise.resolve(this.me);
  }

  changes: RecordChange[] = [];
  commitFails?: { kind: string; message: string; output?: string };
  readonly commits: { paths: string[]; message: string }[] = [];
  recordChanges() {
    return Promise.resolve({ ok: true as const, changes: this.changes });
  }
  commit(changes: readonly RecordChange[], message: string) {
    if (this.commitFails) return Promise.resolve({ ok: false as const, ...this.commitFails });
    this.commits.push({ paths: changes.map((c) => c.path), message });
    return Promise.resolve({ ok: true as const, commit: 'c0ffee0' });
  }

  readonly guards: GuardOptions[] = [];
  /** A hooks folder outside the repository: installing there needs the user's consent. */
  hooksOutside = false;
  installGuard(options: GuardOptions): Promise<GuardResult> {
    if (this.hooksOutside && !options.allowOutsideRepository)
      return Promise.resolve({
        ok: false,
        outsideRepository: true,
        message: 'The hooks folder is outside the repository.',
      });
    this.guards.push(options);
    const roots = [...new Set(this.guards.map((g) => g.rootName))];
    return Promise.resolve({
      ok: true as const,
      hookPath: '/repo/.git/hooks/pre-commit',
      alreadyInstalled: this.guards.length > 1,
      roots,
    });
  }

  /** Answers every history read with `data`. */
  answer(data: HistoryData): this {
    this.history = { ok: true, data };
    return this;
  }
}

/** Every port of a workflow, with fakes; `settings` overrides the team settings. */
export function fakePorts(
  records: FakeRecords,
  git = new FakeGit(),
  settings: Partial<TeamSettings> = {},
  problems: string[] = [],
): NewSessionPorts & { logged: string[] } {
  const logged: string[] = [];
  return {
    records,
    git,
    clock: { today: () => '2026-11-23' },
    settings: {
      team: () =>
        Promise.resolve({ settings: { ...defaultTeamSettings(), ...settings }, problems }),
    },
    progress: { report: () => undefined },
    log: { info: (m) => logged.push(m) },
    logged,
  };
}

/** A plan for Alex with Sam as mentor, identities given. */
export const PLAN = [
  '---',
  'mentee: Alex Rivera',
  'mentors: [Sam Lee]',
  'started: 2026-01-01',
  'cadence: weekly',
  'identities: [alex@example.com]',
  '---',
  '# Mentoring plan: Alex Rivera',
  '',
  '## Goals',
  '',
].join('\n');

/** A session of `date` with the given action item lines. */
export function session(date: string, items: string[] = []): string {
  return [
    '---',
    `date: ${date}`,
    'attendees: [Alex Rivera, Sam Lee]',
    '---',
    `# Session ${date}`,
    '',
    '## Agenda',
    '',
    '## Notes',
    '',
    '## Action items',
    '',
    ...items,
    '',
  ].join('\n');
}
