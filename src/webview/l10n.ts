import { web } from './dom';

let bundle: Record<string, string> | undefined;

/**
 * The dashboard's own words in the editor's language: the host puts its l10n bundle (English
 * message to translation, from `vscode.l10n.bundle`) on the page's main element as JSON, since
 * the webview cannot reach `vscode.l10n`. A message the bundle lacks stays English. Results go
 * into the page as text only, like everything else.
 */
export function t(message: string, ...args: (string | number)[]): string {
  bundle ??= readBundle();
  const text = bundle[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const value = args[Number(i)];
    return value === undefined ? whole : String(value);
  });
}

function readBundle(): Record<string, string> {
  try {
    const raw = web.document.getElementById('dashboard')?.dataset.l10n;
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}
