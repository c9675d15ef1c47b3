import * as path from 'node:path';
import { installTranslator } from '../core/l10n';
import { escapeForTerminal } from '../core/text/escapeForTerminal';
import { bundleTranslator, cliLocale } from './cliTranslator';

// The only place the CLI touches the process: arguments in, lines out, an exit code.
const argv = process.argv.slice(2);
// A reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do, rather
// than die on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});
// The language is installed before the verbs are loaded, so the help texts their modules build
// when they load are in it too. dist/cli.js finds the bundles in the package's l10n/ folder.
installTranslator(
  bundleTranslator(path.join(__dirname, '..', 'l10n'), cliLocale(argv, process.env)),
);

import('./runCli')
  .then(({ runCli }) =>
    runCli(argv, {
      cwd: process.cwd(),
      now: new Date(),
      isTerminal: process.stdout.isTTY === true,
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`mentoring-journal: ${escapeForTerminal((e as Error).message)}\n`);
      process.exitCode = 2;
    },
  );
