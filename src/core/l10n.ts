/** A value a message may name in a `{0}` placeholder. */
export type MessageArg = string | number | boolean;

/**
 * Turns an English message (the bundle key) and its arguments into the text shown. The
 * extension installs one that calls `vscode.l10n.t`; the CLI one backed by a bundle file.
 */
export type Translator = (message: string, args: readonly MessageArg[]) => string;

/** Replaces `{0}`, `{1}`... by the arguments; a placeholder with no argument is left as written. */
export function formatMessage(message: string, args: readonly MessageArg[]): string {
  if (args.length === 0) return message;
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

// The one piece of process-wide state in core: every layer (core problems, workflow outcomes,
// CLI and editor messages) must speak the user's language, and threading a translator through
// every parser and port would touch every signature for a value that is set once at startup.
// Until something is installed, messages are the English they are written in.
let current: Translator = formatMessage;

/**
 * Localises a UI message: `t('Opened {0}', name)`. The first argument must be a string literal
 * in English; `npm run l10n` collects it into l10n/bundle.l10n.json. Never use it for text
 * written into records (headings, agenda lines, reports): records stay in one language.
 */
export function t(message: string, ...args: MessageArg[]): string {
  return current(message, args);
}

/** Installs the translator `t` uses from now on; `undefined` goes back to plain English. */
export function installTranslator(translator: Translator | undefined): void {
  current = translator ?? formatMessage;
}
