import { escapeForTerminal } from '../core/text/escapeForTerminal';
import { runCli } from './runCli';

// The only place the CLI touches the process: arguments in, lines out, an exit code.
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  now: new Date(),
  isTerminal: process.stdout.isTTY === true,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mentoring-journal: ${escapeForTerminal((e as Error).message)}\n`);
    process.exitCode = 2;
  },
);
