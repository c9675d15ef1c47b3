import { webviewMessageSchema, type WebviewMessage } from '../../shared/dashboardMessages';

/** One handler per message type the webview may send; nothing else is ever dispatched. */
export type WebviewHandlers = {
  [K in WebviewMessage['type']]: (
    message: Extract<WebviewMessage, { type: K }>,
  ) => void | Promise<void>;
};

/** How much of a refused message is logged: enough to recognise it, not a flood. */
const LOGGED_CHARS = 200;

/**
 * Validates a message from the dashboard webview against the contract and runs its handler from
 * the fixed table. Anything else (an unknown type, a wrong or extra field, a non-object) is
 * ignored and logged through `warn`. Resolves true when a handler ran.
 */
export async function handleWebviewMessage(
  raw: unknown,
  handlers: WebviewHandlers,
  warn: (message: string) => void,
): Promise<boolean> {
  const parsed = webviewMessageSchema.safeParse(raw);
  if (!parsed.success) {
    let shown: string;
    try {
      shown = JSON.stringify(raw) ?? String(raw);
    } catch {
      shown = typeof raw;
    }
    warn(`dashboard: ignored a message outside the contract: ${shown.slice(0, LOGGED_CHARS)}`);
    return false;
  }
  const message = parsed.data;
  // The union narrows per case, so each handler gets exactly its own message type.
  switch (message.type) {
    case 'ready':
      await handlers.ready(message);
      return true;
    case 'open':
      await handlers.open(message);
      return true;
    case 'refresh':
      await handlers.refresh(message);
      return true;
  }
}
