// The narrow slice of the browser the dashboard uses, typed here rather than through the DOM
// library: the project compiles without it (it is Node code everywhere else), and leaving every
// property and method that parses markup out of these types means the webview cannot even
// type-check such a call (eslint also refuses them in src/webview).

/** An element, as the dashboard touches it: text, attributes, children, events, focus. */
export interface WebElement {
  textContent: string | null;
  className: string;
  title: string;
  readonly dataset: Record<string, string | undefined>;
  readonly style: { setProperty(name: string, value: string): void };
  setAttribute(name: string, value: string): void;
  append(...nodes: (WebElement | string)[]): void;
  replaceChildren(...nodes: (WebElement | string)[]): void;
  addEventListener(type: 'click', listener: () => void): void;
  focus(): void;
}

/** A message event; `data` is whatever was posted, checked before use. */
export interface WebMessageEvent {
  data: unknown;
}

/** The state and messaging API VS Code gives a webview (once per load). */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** The globals the dashboard reads. */
export interface WebGlobals {
  document: {
    createElement(tag: string): WebElement;
    getElementById(id: string): WebElement | null;
    readonly activeElement: WebElement | null;
  };
  addEventListener(type: 'message', listener: (event: WebMessageEvent) => void): void;
  acquireVsCodeApi(): VsCodeApi;
}

/** The page's globals, through the types above. */
export const web = globalThis as unknown as WebGlobals;
