import { yamlFlowList, yamlScalar } from '../text/yamlScalar';

/** A placeholder's value: text, a list, or nothing (then its front-matter line is left out). */
export type TemplateValue = string | readonly string[] | undefined;

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

/**
 * Fills `{{placeholders}}`. Inside the front matter values are written as YAML (quoted where
 * needed, lists in flow style) and a line whose placeholders all have no value is left out; in
 * the body values are written as plain text. Unknown placeholders are kept as written.
 */
export function renderTemplate(template: string, values: Record<string, TemplateValue>): string {
  const eol = template.includes('\r\n') ? '\r\n' : '\n';
  const lines = template.split(/\r?\n/);
  const fmEnd =
    lines[0]?.replace(/^\uFEFF/, '').trim() === '---'
      ? lines.findIndex((l, i) => i > 0 && l.trim() === '---')
      : -1;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const inFrontMatter = i > 0 && i < fmEnd;
    if (inFrontMatter) {
      const names = [...line.matchAll(PLACEHOLDER)].map((m) => m[1]);
      const known = names.filter((n) => n in values);
      if (known.length > 0 && known.every((n) => isEmpty(values[n]))) return;
    }
    out.push(
      line.replace(PLACEHOLDER, (whole, name: string) => {
        if (!(name in values)) return whole;
        const v = values[name];
        return inFrontMatter ? yamlValue(v) : textValue(v);
      }),
    );
  });
  return out.join(eol);
}

function isEmpty(v: TemplateValue): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function textValue(v: TemplateValue): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v.join(', ');
}

function yamlValue(v: TemplateValue): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? yamlScalar(v) : yamlFlowList(v);
}
