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
  return new vscode.MarkdownString(paragraphs.map(markdownText).join('\n\n'));
}
