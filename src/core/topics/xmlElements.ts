/** One step of an XML document, in order: an element opening or closing, or text. */
export type XmlEvent =
  { kind: 'open'; name: string } | { kind: 'close'; name: string } | { kind: 'text'; text: string };

/** Deeper than this is not a manifest anyone wrote: refused, like a document that is not well-formed. */
export const MAX_XML_DEPTH = 100;

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

/**
 * The elements and text of an XML document, or undefined when it is not well-formed (a tag left
 * open or closed out of order, a comment, CDATA section or tag never ended, text outside the
 * root, more than one root) or nests deeper than MAX_XML_DEPTH. Enough XML for a manifest, and
 * safe for repository text: comments, processing instructions and the DOCTYPE are skipped, and
 * entities are left as written (`&b;` stays `&b;`), so a DOCTYPE's entities are never expanded.
 * CDATA is text. Attributes are read past (quoted values may hold `>`), never returned. One pass,
 * linear in the text.
 */
export function xmlElements(text: string): XmlEvent[] | undefined {
  const events: XmlEvent[] = [];
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? n : lt);
    if (chunk.trim() !== '') {
      if (open.length === 0) return undefined;
      events.push({ kind: 'text', text: chunk });
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0 || open.length === 0) return undefined;
      events.push({ kind: 'text', text: text.slice(lt + 9, end) });
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      // A DOCTYPE, with its internal subset in brackets: skipped whole, never interpreted.
      const end = declarationEnd(text, lt + 2);
      if (end < 0 || roots > 0) return undefined;
      i = end + 1;
    } else if (text.startsWith('</', lt)) {
      const name = NAME.exec(text.slice(lt + 2, lt + 2 + 1024))?.[0];
      const end = text.indexOf('>', lt + 2);
      if (name === undefined || end < 0 || text.slice(lt + 2 + name.length, end).trim() !== '')
        return undefined;
      if (open.pop() !== name) return undefined;
      events.push({ kind: 'close', name });
      i = end + 1;
    } else {
      const name = NAME.exec(text.slice(lt + 1, lt + 1 + 1024))?.[0];
      if (name === undefined) return undefined;
      const end = tagEnd(text, lt + 1 + name.length);
      if (end < 0) return undefined;
      if (open.length === 0 && ++roots > 1) return undefined;
      events.push({ kind: 'open', name });
      if (text[end - 1] === '/') events.push({ kind: 'close', name });
      else {
        open.push(name);
        if (open.length > MAX_XML_DEPTH) return undefined;
      }
      i = end + 1;
    }
  }
  return open.length === 0 && roots === 1 ? events : undefined;
}

/** The index of the `>` that ends a tag whose attributes start at `from`: quoted values skipped. */
function tagEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return i;
  }
  return -1;
}

/** The index of the `>` that ends a `<!...` declaration, past its bracketed internal subset. */
function declarationEnd(text: string, from: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i;
  }
  return -1;
}
