import * as vscode from 'vscode';
import { RecordsModel } from '../core/records/recordsModel';
import type { LanguageIndex } from '../core/language/languageIndex';
import type { RelationshipRecords } from '../core/records/relationship';
import { decodeRecordBytes } from '../core/text/decode';
import { readRecordUri } from './readRecordUri';
import type { RecordsLocator, RelationshipRef } from './recordsLocator';

let current: RecordsCache | undefined;

/** The runtime's records cache, once it is built (the loaders read through it). */
export function activeRecordsCache(): RecordsCache | undefined {
  return current;
}

// A relationship's own records: what readRelationship reads. Private notes and other files stay out.
const RECORD = /^[^/]+\/(plan\.md|questions\.md|sessions\/[^/]+\.md)$/;

/**
 * Tells the cache that the extension itself wrote a file (a direct write to a closed file, a new
 * file): it is read again at once rather than when the file watcher reports it, so the next
 * command sees it. Does nothing before the runtime built a cache.
 */
export async function noteWritten(uri: vscode.Uri): Promise<void> {
  await current?.fromDisk(uri, { force: true });
}

/**
 * The parsed records of the workspace, file by file (core's RecordsModel, one per records root).
 * A relationship is read from disk once, when first asked for; after that, document events
 * (open, change, close; the unsaved text of an open document wins over the disk) and file
 * watchers update the one file they name, so an edit re-parses that file and the views rebuild
 * from the kept parses of the others. Each read also stats the relationship's files (see
 * revalidate), so a change whose event has not arrived yet is not missed.
 */
export class RecordsCache implements vscode.Disposable {
  private readonly models = new Map<string, RecordsModel>();
  /** `<root>|<slug>` of the relationships read from disk, with that read. */
  private readonly loaded = new Map<string, Promise<void>>();
  /** Disk reads under way: a read of the model waits for them. */
  private readonly pending = new Set<Promise<void>>();
  /** Checks against the disk under way, by relationship. */
  private readonly checking = new Map<string, Promise<void>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly locator: RecordsLocator) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    // Deleting a folder is reported for the folder only, never for the .md files inside it.
    const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    const track = (work: Promise<void>) => {
      this.pending.add(work);
      void work.finally(() => this.pending.delete(work));
    };
    this.subscriptions = [
      watcher,
      deletions,
      watcher.onDidCreate((u) => track(this.fromDisk(u))),
      watcher.onDidChange((u) => track(this.fromDisk(u))),
      deletions.onDidDelete((u) => this.forget(u)),
      vscode.workspace.onDidOpenTextDocument((d) => this.fromDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.fromDocument(e.document)),
      // Closing drops unsaved text: the file on disk is the record again.
      vscode.workspace.onDidCloseTextDocument((d) => track(this.fromDisk(d.uri, { closed: true }))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mentoring.root')) this.clear();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.clear()),
    ];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one cache of the runtime
    current = this;
  }

  /** A relationship's records model, read from disk the first time. */
  async relationship(ref: RelationshipRef): Promise<RelationshipRecords> {
    return (await this.modelOf(ref)).relationship(ref.slug);
  }

  /** A relationship's goals, people and references. */
  async index(ref: RelationshipRef): Promise<LanguageIndex> {
    return (await this.modelOf(ref)).index(ref.slug);
  }

  /** The texts of a relationship's files by their path relative to the records root. */
  async texts(ref: RelationshipRef): Promise<Map<string, string>> {
    const model = await this.modelOf(ref);
    return new Map(model.paths(ref.slug).map((p) => [p, model.get(p)!.text]));
  }

  /** Takes an open document's current text (unsaved changes included). */
  fromDocument(document: vscode.TextDocument): void {
    const where = this.where(document.uri);
    if (!where || !this.loaded.has(`${where.root}|${where.slug}`)) return;
    where.model.set(where.relative, document.getText(), `doc:${document.version}`);
  }

  /**
   * Reads a file from disk again, unless a document holds it (its text wins), or the disk's
   * mtime and size are those already read. A file that is gone or unreadable is forgotten.
   */
  async fromDisk(
    uri: vscode.Uri,
    { closed = false, force = false }: { closed?: boolean; force?: boolean } = {},
  ): Promise<void> {
    const where = this.where(uri);
    if (!where || !this.loaded.has(`${where.root}|${where.slug}`)) return;
    const open = () =>
      closed ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open()) return;
    let stamp: string;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      stamp = `disk:${stat.mtime}:${stat.size}`;
    } catch {
      where.model.delete(where.relative);
      return;
    }
    // Our own write may keep the size within the clock's resolution (ticking a box): read it.
    if (!force && where.model.get(where.relative)?.stamp === stamp) return;
    const text = await readDisk(vscode.Uri.parse(where.root, true), uri);
    // A document may have opened while the disk was read: its text wins.
    const doc = open();
    if (doc) return this.fromDocument(doc);
    if (text === undefined) where.model.delete(where.relative);
    else where.model.set(where.relative, text, stamp);
  }

  /** Forgets a deleted file, or every file under a deleted folder. */
  forget(uri: vscode.Uri): void {
    const at = this.locator.locate(uri);
    const model = at && this.models.get(at.root.toString());
    if (!at || !model) return;
    model.delete(at.relative);
    model.deleteUnder(at.relative);
    if (!at.relative.includes('/')) this.loaded.delete(`${at.root.toString()}|${at.slug}`);
  }

  /** Forgets everything: the next read goes to the disk (Refresh, the root setting changed). */
  clear(): void {
    this.models.clear();
    this.loaded.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    if (current === this) current = undefined;
  }

  private async modelOf(ref: RelationshipRef): Promise<RecordsModel> {
    const root = this.locator.rootOf(ref.folder);
    const key = `${root.toString()}|${ref.slug}`;
    const model = this.model(root.toString());
    let load = this.loaded.get(key);
    if (!load) {
      load = this.load(root, ref, model);
      this.loaded.set(key, load);
      load.catch(() => this.loaded.delete(key));
    }
    await load;
    await this.revalidate(ref, model, key);
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    return model;
  }

  /**
   * Checks the relationship against the disk before a read: lists the sessions folder and stats
   * every file (no file is read), then reads again only a file whose mtime or size moved, that
   * is new, and forgets one that is gone. A change the CLI, git or a script made a moment ago
   * counts before its watcher event arrives. Reads that come together share one check.
   */
  private revalidate(ref: RelationshipRef, model: RecordsModel, key: string): Promise<void> {
    let check = this.checking.get(key);
    if (!check) {
      check = this.check(ref, model).finally(() => this.checking.delete(key));
      this.checking.set(key, check);
    }
    return check;
  }

  private async check(ref: RelationshipRef, model: RecordsModel): Promise<void> {
    const sessions = vscode.Uri.joinPath(ref.dir, 'sessions');
    const paths = new Set([
      `${ref.slug}/plan.md`,
      `${ref.slug}/questions.md`,
      ...model.paths(ref.slug),
      ...(await listMarkdown(sessions)).map(([name]) => `${ref.slug}/sessions/${name}`),
    ]);
    await Promise.all(
      [...paths].map((p) => this.fromDisk(vscode.Uri.joinPath(ref.dir, ...p.split('/').slice(1)))),
    );
  }

  private model(root: string): RecordsModel {
    let model = this.models.get(root);
    if (!model) this.models.set(root, (model = new RecordsModel()));
    return model;
  }

  /** Reads a relationship's plan, questions and sessions: open documents first, else the disk. */
  private async load(root: vscode.Uri, ref: RelationshipRef, model: RecordsModel): Promise<void> {
    const sessions = vscode.Uri.joinPath(ref.dir, 'sessions');
    const files = [
      ['plan.md', vscode.Uri.joinPath(ref.dir, 'plan.md')],
      ['questions.md', vscode.Uri.joinPath(ref.dir, 'questions.md')],
      ...(await listMarkdown(sessions)).map(
        ([name]) => [`sessions/${name}`, vscode.Uri.joinPath(sessions, name)] as const,
      ),
    ] as const;
    model.deleteUnder(ref.slug);
    await Promise.all(
      files.map(async ([name, uri]) => {
        const path = `${ref.slug}/${name}`;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) return void model.set(path, doc.getText(), `doc:${doc.version}`);
        let stamp = 'disk:?';
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          stamp = `disk:${stat.mtime}:${stat.size}`;
        } catch {
          return;
        }
        const text = await readDisk(root, uri);
        if (text !== undefined) model.set(path, text, stamp);
      }),
    );
  }

  private where(
    uri: vscode.Uri,
  ): { root: string; slug: string; relative: string; model: RecordsModel } | undefined {
    const at = this.locator.locate(uri);
    if (!at || !RECORD.test(at.relative)) return undefined;
    const model = this.models.get(at.root.toString());
    if (!model) return undefined;
    return { root: at.root.toString(), slug: at.slug, relative: at.relative, model };
  }
}

/** The markdown files of a folder; none when it does not exist. */
async function listMarkdown(folder: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).filter(
      ([name, type]) => type === vscode.FileType.File && name.endsWith('.md'),
    );
  } catch {
    return [];
  }
}

async function readDisk(root: vscode.Uri, uri: vscode.Uri): Promise<string | undefined> {
  const read = await readRecordUri(root, uri);
  if (!read.ok) return undefined;
  const decoded = decodeRecordBytes(uri.path, read.bytes);
  return decoded.ok ? decoded.value.text : undefined;
}
