import { escapeForTerminal } from '../core/text/escapeForTerminal';

/** Where the command line's lines go: one call, one line. */
export interface OutputSink {
  /**
   * Prints one line on stdout. Every control character in it, a newline included, is shown
   * escaped (`\x1b`, `\n`), so repository text in the line can neither run an escape sequence
   * nor start a line of its own.
   */
  out: (line: string) => void;
  /** Prints one line on stderr, escaped as `out` does. */
  err: (line: string) => void;
  /**
   * Prints text whose line breaks the CLI wrote itself (help, JSON, a formatter's markdown built
   * from values escaped by escapeValuesForTerminal): split on "\n", each line as `out` prints it.
   */
  outLines: (text: string) => void;
}

/**
 * Wraps raw line writers into the escaping sink every verb writes through. The escaping lives
 * here, once, so no verb can forget it; verbs only decide where their own line breaks are.
 */
export function outputSink(raw: {
  out: (line: string) => void;
  err: (line: string) => void;
}): OutputSink {
  const out = (line: string) => raw.out(escapeForTerminal(line));
  return {
    out,
    err: (line) => raw.err(escapeForTerminal(line)),
    outLines: (text) => {
      for (const line of text.split('\n')) out(line);
    },
  };
}
