// Driving the VS Code workbench in a browser the way a person does: F1, type a command's title,
// Enter, answer the prompts. Used by the end-to-end suites, which run in plain Node against a
// code-server that scripts/realvscode/run.mjs starts (it passes MJ_E2E_* in the environment).
// Every wait has a deadline; nothing sleeps for a fixed time.
import { commitFilesIn } from '../support/workspaceGit';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What the harness passes in. */
export interface E2eEnvironment {
  url: string;
  workspace: string;
  shots: string;
}

export function e2eEnvironment(): E2eEnvironment {
  const url = process.env.MJ_E2E_URL;
  const workspace = process.env.MJ_E2E_WORKSPACE;
  const shots = process.env.MJ_E2E_SHOTS;
  if (!url || !workspace || !shots) {
    throw new Error(
      'MJ_E2E_URL, MJ_E2E_WORKSPACE and MJ_E2E_SHOTS are unset: run these tests through `node scripts/realvscode/run.mjs e2e`',
    );
  }
  return { url, workspace, shots };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// Browser-side checks, as source text: the project compiles without the DOM library, and these
// run in the page, not in Node.
const promptShowingJs = (wanted: string): string => `(() => {
  const widget = document.querySelector('.quick-input-widget');
  if (!widget || widget.style.display === 'none' || widget.offsetParent === null) return false;
  const input = widget.querySelector('input');
  const haystack = [widget.textContent || '', (input && input.placeholder) || '', (input && input.getAttribute('aria-label')) || ''].join('\\n');
  return haystack.replace(/\\u00a0/g, ' ').includes(${JSON.stringify(wanted)});
})()`;
const editorShowsJs = (wanted: string): string => `(() => {
  const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line');
  const all = Array.from(lines, (l) => (l.textContent || '').replace(/\\u00a0/g, ' ')).join('\\n');
  return all.includes(${JSON.stringify(wanted)});
})()`;

/** A workbench open on the workspace folder, with helpers to drive it. */
export class Workbench {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    readonly env: E2eEnvironment,
  ) {}

  static async open(env: E2eEnvironment, timeoutMs = 60_000): Promise<Workbench> {
    const browser = await chromium.launch({
      executablePath: process.env.MJ_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.url}/?folder=${encodeURIComponent(env.workspace)}`, {
        timeout: timeoutMs,
      });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
      // The explorer shows the folder once the workbench has talked to the server.
      await page
        .locator('.explorer-folders-view, .explorer-viewlet')
        .first()
        .waitFor({ state: 'visible', timeout: timeoutMs });
      return new Workbench(browser, page, env);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Saves a screenshot as <shots>/<name>.png. */
  async shot(name: string): Promise<string> {
    const file = path.join(this.env.shots, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  private get quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /** The row the quick input has focused (what Enter would accept). */
  private get focusedRow() {
    return this.quickInput.locator('.monaco-list-row.focused');
  }

  /**
   * Opens the command palette with F1, types `title` and waits until the focused entry is it; the
   * caller presses Enter (after a screenshot, if it wants one). The palette is reopened while the
   * command has not shown up yet (the extension host may still be starting).
   */
  async typeInPalette(title: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('Escape');
      await this.page.locator('.part.editor').click({ position: { x: 200, y: 200 } });
      await this.page.keyboard.press('F1');
      await this.quickInput.locator('input').waitFor({ state: 'visible', timeout: 10_000 });
      await this.page.keyboard.type(title);
      try {
        await this.focusedRow.filter({ hasText: title }).waitFor({
          state: 'visible',
          timeout: Math.min(5_000, Math.max(1, deadline - Date.now())),
        });
        return;
      } catch (e) {
        if (Date.now() > deadline)
          throw new Error(`the command palette never offered "${title}": ${(e as Error).message}`);
      }
    }
  }

  /** Waits for an input box or quick pick whose prompt, placeholder or title mentions `text`. */
  async waitForPrompt(text: string, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(promptShowingJs(text), undefined, { timeout: timeoutMs });
  }

  /** The current value of the quick input's text box. */
  async inputValue(): Promise<string> {
    return this.quickInput.locator('input').first().inputValue();
  }

  /** Replaces whatever the input box holds (a prefilled value, say) with `value`. */
  async replaceInput(value: string): Promise<void> {
    const input = this.quickInput.locator('input').first();
    await input.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    if (value) await this.page.keyboard.type(value);
  }

  async enter(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  /** Types a filter into a quick pick and waits until the focused row shows `label`. */
  async pick(label: string, timeoutMs = 15_000): Promise<void> {
    await this.page.keyboard.type(label);
    await this.focusedRow
      .filter({ hasText: label })
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }

  async waitForQuickInputClosed(timeoutMs = 15_000): Promise<void> {
    await this.quickInput.waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /** Waits for the active editor tab to be `title`. */
  async waitForActiveTab(title: string, timeoutMs = 15_000): Promise<void> {
    await this.page
      .locator('.tabs-container .tab.active')
      .filter({ hasText: title })
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** The text the active editor shows (visible lines), with Monaco's non-breaking spaces as spaces. */
  async visibleEditorText(): Promise<string> {
    const text = await this.page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .textContent();
    return (text ?? '').replace(/\u00a0/g, ' ');
  }

  /** Waits until the active editor shows `text`. */
  async waitForEditorText(text: string, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(editorShowsJs(text), undefined, { timeout: timeoutMs });
  }

  /**
   * Opens a file with Quick Open (Ctrl+P) as a person does: enters its name and presses Enter once
   * the focused entry is that file. Quick Open is reopened and retyped while the file is not
   * offered yet (a file written a moment ago, or keys typed while the widget was still opening);
   * on the last failure the error says what the input held and which entries were listed.
   */
  async quickOpen(fileName: string, expectTab = fileName, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const input = this.quickInput.locator('input').first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('ControlOrMeta+p');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      // Into the input itself, not wherever the focus is: an editor a command opens a moment
      // late may take the focus, and typed keys would land in the user's file (seen once in CI).
      await input.fill(fileName);
      try {
        await this.focusedRow.filter({ hasText: path.basename(fileName) }).waitFor({
          state: 'visible',
          timeout: Math.min(8_000, Math.max(1, deadline - Date.now())),
        });
        break;
      } catch (e) {
        if (Date.now() > deadline) {
          const typed = await input.inputValue().catch(() => '(no input)');
          const rows = await this.quickInput
            .locator('.monaco-list-row')
            .allInnerTexts()
            .catch(() => []);
          await this.shot(`quick-open-failed-${path.basename(fileName)}`).catch(() => undefined);
          throw new Error(
            `Quick Open never offered "${fileName}" in ${attempt} attempts; the input held ` +
              `${JSON.stringify(typed)} and listed ${JSON.stringify(rows.map((r) => r.replace(/\s+/g, ' ')))}: ` +
              (e as Error).message,
          );
        }
      }
    }
    await input.press('Enter');
    await this.waitForActiveTab(path.basename(expectTab));
  }

  /**
   * Presses Enter on a relationship quick pick should one appear, until `done` holds. The
   * extension asks which relationship only when there are several, so the pick may never come.
   */
  async acceptRelationshipPickUntil(
    label: RegExp,
    done: () => Promise<boolean> | boolean,
    timeoutMs = 15_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let answered = false;
    while (!(await done())) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out after ${timeoutMs} ms (relationship pick ${answered ? 'answered' : 'not seen'})`,
        );
      if (!answered && (await this.focusedRow.filter({ hasText: label }).isVisible())) {
        await this.enter();
        answered = true;
      }
      await this.page.waitForTimeout(100); // a polling interval inside a deadline, not a fixed wait
    }
  }

  /** Whether an input box or quick pick mentioning `text` is showing now. */
  async promptShowing(text: string): Promise<boolean> {
    return (await this.page.evaluate(promptShowingJs(text))) === true;
  }
}

/** Polls the file system until `file` exists and `predicate` holds for its text ('' for a folder). */
export async function waitForFile(
  file: string,
  predicate: (text: string) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (fs.existsSync(file)) {
      const text = fs.statSync(file).isDirectory() ? '' : fs.readFileSync(file, 'utf8');
      if (predicate(text)) return text;
    }
    if (Date.now() > deadline) {
      const now = !fs.existsSync(file)
        ? 'it does not exist'
        : fs.statSync(file).isDirectory()
          ? 'it is a folder'
          : `it holds:\n${fs.readFileSync(file, 'utf8')}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${file}; ${now}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Today's date as YYYY-MM-DD in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date `days` after (or before) `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes `files` in the repository `cwd` and commits them as `who` on `date` (UTC noon), as a
 * mentee's earlier work would be; returns the commit's sha. Only these paths are committed.
 */
export const commitAs = commitFilesIn;
