import * as vscode from 'vscode';

/**
 * Text as markdown that shows exactly that text: every character markdown could read as markup
 * is backslash-escaped, so a name or subject from the repository cannot add links, images or
 * emphasis to a tooltip. Spaces stay spaces (MarkdownString.appendText turns them into &nbsp;).
 */
export function markdownText(text: string): string {
  const inline = text.replace(/[\\`*_{}[\]()!|<>~&]/g, (c) => `\\${c}`);
  // List, heading and quote markers only mean something at the start of a line.
  return inline.replace(/^(\s*)([-+#>=]|\d+[.)])/gm, (_, space: string, mark: string) =>
    `${space}${mark.replace(/[-+#>=.)]/, (c) => `\\${c}`)}`,
  );
}

/** A markdown tooltip made of paragraphs of plain text. */
export function textTooltip(paragraphs: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(paragraphs.map(markdownText).join('\n\n'));
  // Said explicitly, though they are the defaults: no command links, no HTML from the records.
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
