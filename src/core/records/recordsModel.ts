import { findReferences, type Reference } from '../language/findReferences';
import { buildLanguageIndex, type LanguageIndex } from '../language/languageIndex';
import {
  assembleRelationship,
  parseRecordFile,
  type ParsedRecord,
  type RelationshipRecords,
} from './relationship';

/** One file as the model keeps it: its text, what it parsed to and its references. */
export interface CachedRecord {
  /** Relative to the records root: `alex/sessions/2026-11-23.md`. */
  path: string;
  text: string;
  /**
   * What the text was read at: a document version (`doc:7`) or a file's mtime and size
   * (`disk:1733300000000:812`). The same stamp with the same text is not parsed again.
   */
  stamp: string;
  parsed: ParsedRecord;
  references: Reference[];
}

/**
 * The parsed records of one records root, file by file. Changing a file parses that file alone;
 * its relationship's model and language index are rebuilt from the other files' kept results on
 * the next read, which costs an assembly, never a parse. Pure: the extension feeds it texts from
 * documents and disk (src/vscode/recordsCache.ts), and the bench feeds it the generated records.
 */
export class RecordsModel {
  private readonly files = new Map<string, CachedRecord>();
  private readonly bySlug = new Map<string, Set<string>>();
  private readonly built = new Map<string, { rel: RelationshipRecords; index?: LanguageIndex }>();

  /**
   * Takes a file's text; returns false when nothing changed (same stamp and text). Files outside
   * a relationship folder (`config.yml`, templates) are kept for their text only.
   */
  set(path: string, text: string, stamp: string): boolean {
    const old = this.files.get(path);
    if (old && old.text === text) {
      old.stamp = stamp;
      return false;
    }
    const parsed = parseRecordFile(path, text);
    this.files.set(path, { path, text, stamp, parsed, references: findReferences(text) });
    const slug = slugOf(path);
    let paths = this.bySlug.get(slug);
    if (!paths) this.bySlug.set(slug, (paths = new Set()));
    paths.add(path);
    this.built.delete(slug);
    return true;
  }

  /** Forgets a file (deleted, or no longer readable); returns whether it was known. */
  delete(path: string): boolean {
    if (!this.files.delete(path)) return false;
    const slug = slugOf(path);
    this.bySlug.get(slug)?.delete(path);
    this.built.delete(slug);
    return true;
  }

  /** Forgets every file under a folder (`alex/sessions`, or `alex` for a whole relationship). */
  deleteUnder(folder: string): void {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    for (const path of [...this.files.keys()]) if (path.startsWith(prefix)) this.delete(path);
  }

  /** The kept file, if any. */
  get(path: string): CachedRecord | undefined {
    return this.files.get(path);
  }

  /** The paths kept for a relationship. */
  paths(slug: string): string[] {
    return [...(this.bySlug.get(slug) ?? [])];
  }

  /** The relationship's model, assembled from its files' kept parses. */
  relationship(slug: string): RelationshipRecords {
    return this.entry(slug).rel;
  }

  /** The relationship's goals, people and references. */
  index(slug: string): LanguageIndex {
    const entry = this.entry(slug);
    if (!entry.index) {
      const refs = new Map<string, readonly Reference[]>();
      for (const p of this.bySlug.get(slug) ?? []) refs.set(p, this.files.get(p)!.references);
      entry.index = buildLanguageIndex(entry.rel, refs);
    }
    return entry.index;
  }

  private entry(slug: string): { rel: RelationshipRecords; index?: LanguageIndex } {
    let entry = this.built.get(slug);
    if (!entry) {
      const parsed = [...(this.bySlug.get(slug) ?? [])].map((p) => this.files.get(p)!.parsed);
      entry = { rel: assembleRelationship(slug, parsed) };
      this.built.set(slug, entry);
    }
    return entry;
  }
}

function slugOf(path: string): string {
  return path.split('/')[0];
}
