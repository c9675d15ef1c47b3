import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { readRecordDocument, type RecordDocument } from '../records/recordDocument';
import { locateFrontMatter, parseFrontMatter } from '../text/frontMatter';
import { splitLines } from '../text/lines';
import { applyEdits, type TextEdit } from '../text/textEdit';
import { yamlFlowList, yamlScalar } from '../text/yamlScalar';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { t } from '../l10n';

/** Values the records put in front matter. */
export type FrontMatterValue = string | number | boolean | string[] | Record<string, string>;

/**
 * Sets one front-matter key, changing only the bytes of its value: comments, key order, other
 * values and the quoting style of a quoted value are kept. A new key is added as the last line.
 * The result is parsed again and must give the intended value, or nothing is changed.
 */
export function setFrontMatterKey(
  doc: RecordDocument,
  key: string,
  value: FrontMatterValue,
): EditResult {
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const fm = doc.frontMatter;
  if (!fm) return refuse(t('{0} has no front matter to change.', doc.file));
  if (!/^[A-Za-z][\w-]*$/.test(key)) return refuse(t('"{0}" is not a front-matter key.', key));
  if (typeof value === 'string' && /[\r\n]/.test(value))
    return refuse(t('A front-matter value must be one line.'));
  const entry = fm.entries.find((e) => e.key === key);
  let edit: TextEdit;
  if (!entry) {
    edit = {
      start: fm.block.contentEnd,
      end: fm.block.contentEnd,
      text: `${key}: ${flowText(value)}${doc.eol}`,
    };
  } else {
    const pair = isMap(fm.doc.contents)
      ? (fm.doc.contents.items as Pair[]).find(
          (p) => isScalar(p.key) && String(p.key.value) === key,
        )
      : undefined;
    const node = pair?.value;
    let end = entry.valueEnd;
    while (end > entry.valueStart && /[\r\n]/.test(doc.text[end - 1])) end--;
    if (entry.valueStart === end) {
      // An empty value's node sits where its comment starts ("key:   # note"), so writing there
      // would glue the value to the "#". Writing right after the colon keeps the comment a comment.
      const colon = doc.text.indexOf(':', entry.keyEnd) + 1;
      edit = { start: colon, end: colon, text: ` ${flowText(value)}` };
    } else if ((isSeq(node) || isMap(node)) && !node.flow && typeof value === 'object') {
      // Comments between a block list's items cannot be placed in the new list: refuse rather
      // than drop them.
      if (/(^|[ \t])#/m.test(doc.text.slice(entry.valueStart, end))) {
        return refuse(
          t('"{0}" has comments inside its list; edit it by hand so they are kept.', key),
        );
      }
      edit = { start: entry.valueStart, end, text: blockText(doc, entry.valueStart, value) };
    } else {
      const style = isScalar(node) ? node.type : undefined;
      edit = {
        start: entry.valueStart,
        end,
        text: typeof value === 'object' ? flowText(value) : scalarText(value, style),
      };
    }
  }
  const check = verify(doc, key, value, edit);
  return check ?? { ok: true, edits: [edit] };
}

/** Convenience: reads the text, then sets the key. */
export function setFrontMatterKeyInText(
  file: string,
  text: string,
  key: string,
  value: FrontMatterValue,
): EditResult {
  return setFrontMatterKey(readRecordDocument(file, text, { frontMatter: 'required' }), key, value);
}

function scalarText(value: string | number | boolean, style: string | undefined): string {
  if (typeof value !== 'string') return String(value);
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value);
}

function flowText(value: FrontMatterValue): string {
  if (Array.isArray(value)) return yamlFlowList(value);
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`)
      .join(', ')}}`;
  }
  return scalarText(value, undefined);
}

function blockText(
  doc: RecordDocument,
  start: number,
  value: string[] | Record<string, string>,
): string {
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const indent = doc.text.slice(lineStart, start).replace(/\S/g, ' ');
  const items = Array.isArray(value)
    ? value.map((v) => `- ${yamlScalar(v)}`)
    : Object.entries(value).map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`);
  return items.join(doc.eol + indent);
}

function verify(
  doc: RecordDocument,
  key: string,
  value: FrontMatterValue,
  edit: TextEdit,
): EditResult | undefined {
  const after = applyEdits(doc.text, [edit]);
  const lines = splitLines(after);
  const block = locateFrontMatter(lines);
  const parsed =
    block && block !== 'unclosed' ? parseFrontMatter(doc.file, after, lines, block) : undefined;
  const data = parsed?.value?.data;
  const before = doc.frontMatter?.data ?? {};
  // Every other key must read as before too (an alias elsewhere could follow the change).
  const othersKept =
    data !== undefined &&
    Object.keys({ ...before, ...data }).every(
      (k) => k === key || JSON.stringify(data[k]) === JSON.stringify(before[k]),
    );
  if (!othersKept || JSON.stringify(data?.[key]) !== JSON.stringify(value)) {
    return refuse(
      t('Could not set "{0}" without changing its meaning; edit the front matter by hand.', key),
    );
  }
  return undefined;
}
