import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIPPED = new Set(['private', 'templates', 'reports', 'node_modules']);

/**
 * Lists the markdown files under the records root that are records, as paths relative to the
 * root with "/" separators. Private notes, templates, reports and dot-folders are left out, and
 * linked folders are not entered.
 */
export function listRecordFiles(root: string, slug?: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (SKIPPED.has(e.name) || depth >= 2) continue;
        walk(path.join(dir, e.name), childRel, depth + 1);
      } else if (e.name.toLowerCase().endsWith('.md') && depth >= 1) {
        // Links, FIFOs and devices named like records are listed too, so validate names them
        // as problems; the reader refuses to open them.
        out.push(childRel);
      }
    }
  };
  if (slug) walk(path.join(root, slug), slug, 1);
  else walk(root, '', 0);
  return out.sort();
}

/** The relationship folders under the records root (each folder that is not reserved). */
export function listRelationships(root: string): string[] {
  try {
    return fs
      .readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'templates')
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
