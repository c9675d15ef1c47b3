import * as path from 'node:path';
import { cliLocale } from './cliTranslator';
import { historyCacheDir } from './historyCacheDir';
import { requireWithCodeCache } from './requireWithCodeCache';
import { quickAnswer } from './quickAnswer';

// The command line's entry (dist/cli.js): a few KB that answer --version and --help at once and
// load the CLI itself (dist/cli-main.js, with yaml, zod and simple-git) only for a verb, through
// V8's code cache. Node spent about 50 ms parsing the whole bundle before it could print a
// version (issue 19).

declare const __VERSION__: string | undefined;
// The main help text, baked in by scripts/build.mjs from the built CLI's own `--help`.
declare const __MAIN_HELP__: string | undefined;

// The baked help is English: in any other locale the CLI itself answers, translated.
const english = /^en(-|$)/.test(cliLocale(process.argv.slice(2), process.env));
const answer = english
  ? quickAnswer(
      process.argv.slice(2),
      typeof __VERSION__ === 'string' ? __VERSION__ : 'dev',
      typeof __MAIN_HELP__ === 'string' ? __MAIN_HELP__ : undefined,
    )
  : undefined;
if (answer !== undefined) process.stdout.write(`${answer}\n`);
else
  try {
    // Compiled with V8's code cache (kept beside the history cache): node 20 would otherwise
    // compile the whole verbs bundle on every start. A run asked to keep nothing (--no-cache:
    // the history is read afresh) writes no code cache either, but uses one already there: it
    // is our own compiled code, not anything read from a repository.
    const keepNothing = process.argv.includes('--no-cache');
    requireWithCodeCache(path.join(__dirname, 'cli-main.js'), historyCacheDir(), {
      write: !keepNothing,
    });
  } catch (e) {
    // The first line: node adds the require stack after it.
    process.stderr.write(
      `mentoring-journal: cannot load the CLI: ${(e as Error).message.split('\n')[0]}\n`,
    );
    process.exitCode = 2;
  }
