import { randomBytes } from 'node:crypto';

/** Where the page's two files are, as webview URIs (from `webview.asWebviewUri`). */
export interface DashboardPageParts {
  /** `webview.cspSource`: the origin the webview serves extension files from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** A fresh nonce for this load (dashboardNonce). */
  nonce: string;
  /** The editor's language tag (`vscode.env.language`), for the page's `lang`. */
  lang?: string;
  /**
   * The extension's l10n bundle for that language (`vscode.l10n.bundle`): the webview cannot
   * call vscode.l10n, so its own words are looked up in this (src/webview/l10n.ts).
   */
  l10n?: Record<string, string>;
  /** The page title, localised by the host. */
  title?: string;
}

/** A fresh nonce: 24 random bytes, base64url (a valid CSP nonce-source). */
export function dashboardNonce(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The dashboard's Content-Security-Policy: nothing by default; images and styles only from the
 * extension's own files; scripts only with this load's nonce. No 'unsafe-inline' of any kind,
 * so markup that slipped into the page could neither run nor style itself.
 */
export function dashboardCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** Escapes a value for a double-quoted HTML attribute. */
function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The dashboard page: a CSP meta tag, one stylesheet link and one script by nonce, and an empty
 * main element carrying the UI's translations (never repository data); the model arrives as a message once the script says
 * it is ready, and is drawn with textContent.
 */
export function dashboardHtml(parts: DashboardPageParts): string {
  return `<!DOCTYPE html>
<html lang="${attr(parts.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(dashboardCsp(parts.cspSource, parts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(parts.styleUri)}">
<title>${attr(parts.title ?? 'Mentoring dashboard')}</title>
</head>
<body>
<main id="dashboard" aria-busy="true" data-l10n="${attr(JSON.stringify(parts.l10n ?? {}))}"></main>
<script nonce="${attr(parts.nonce)}" src="${attr(parts.scriptUri)}"></script>
</body>
</html>
`;
}
