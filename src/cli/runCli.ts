import { toIsoDate } from '../core/dates';
import { makeContext } from './cliContext';
import { mainHelp } from './mainHelp';
import { outputSink } from './outputSink';
import { optionHelp, optionValues, parseArgs, UsageError } from './parseArgs';
import type { Verb } from './verb';
import { verbIndex } from './verbIndex';
import { actionsVerb } from './verbs/actions';
import { agendaVerb } from './verbs/agenda';
import { calendarVerb } from './verbs/calendar';
import { checkQuestionsVerb } from './verbs/checkQuestions';
import { identitiesVerb } from './verbs/identities';
import { initVerb } from './verbs/init';
import { installHookVerb } from './verbs/installHook';
import { newSessionVerb } from './verbs/newSession';
import { todayVerb } from './verbs/today';
import { questionVerb } from './verbs/question';
import { relationshipTopics } from './mineTopics';
import { makeQuestionsVerb } from './verbs/questions';
import { reportVerb } from './verbs/report';
import { topicsVerb } from './verbs/topics';
import { validateVerb } from './verbs/validate';
import { t } from '../core/l10n';

/** Every verb, in the order `--help` lists them. */
export const VERBS: readonly Verb[] = [
  initVerb,
  newSessionVerb,
  todayVerb,
  agendaVerb,
  actionsVerb,
  topicsVerb,
  identitiesVerb,
  questionVerb,
  // Ranked by learning topics too where the records live in a git repository; never fails for lack of them.
  makeQuestionsVerb({
    topics: (ctx, slug) =>
      relationshipTopics(ctx, slug).then(
        (r) => r.topics,
        () => [],
      ),
  }),
  checkQuestionsVerb,
  reportVerb,
  calendarVerb,
  validateVerb,
  installHookVerb,
];

// The options every verb takes (mainHelp lists them).
const GLOBAL = {
  dir: { kind: 'string' },
  root: { kind: 'string' },
  // Read by main.ts before the verbs load (cliTranslator.ts); accepted here so parsing knows it.
  locale: { kind: 'string' },
  help: { kind: 'flag' },
} as const;

/** Where the command line writes and what it knows of the world; tests pass their own. */
export interface CliIo {
  cwd: string;
  now: Date;
  out: (line: string) => void;
  err: (line: string) => void;
  /** stdout is a terminal (main.ts: process.stdout.isTTY): text, not markdown, by default. */
  isTerminal?: boolean;
}

/** Runs the command line and returns its exit code: 0 fine, 1 problems found, 2 usage or I/O error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Everything printed goes through the escaping sink, errors and help included.
  const sink = outputSink(io);
  const at = verbIndex(argv);
  const name = at < 0 ? undefined : argv[at];
  const verb = VERBS.find((v) => v.name === name);
  try {
    if (!verb) {
      if (argv.includes('--help') || argv.includes('-h')) {
        sink.outLines(mainHelp(VERBS));
        return 0;
      }
      if (argv.includes('--version')) {
        sink.out(VERSION);
        return 0;
      }
      throw new UsageError(
        name ? t('unknown command "{0}" (see --help)', name) : t('missing command (see --help)'),
      );
    }
    const rest = [...argv];
    rest.splice(at, 1);
    // -h means help only among the options; after "--" it is text (a question may say "-h").
    const end = rest.includes('--') ? rest.indexOf('--') : rest.length;
    const h = rest.indexOf('-h');
    if (h >= 0 && h < end) rest[h] = '--help';
    const args = parseArgs(rest, { ...GLOBAL, ...verb.options });
    const global = optionValues(GLOBAL, args.options);
    if (global.help) {
      sink.outLines(verbHelp(verb));
      return 0;
    }
    const ctx = makeContext(
      global.dir,
      global.root,
      io.cwd,
      toIsoDate(io.now),
      sink,
      io.isTerminal === true,
    );
    return await verb.run(ctx, args);
  } catch (e) {
    // One line on stderr: the sink shows a newline inside the message (a file name's) as "\n".
    const message = (e as Error).message.replace(/\n+$/, '');
    // l10n-ignore: the program and verb prefix every tool prints; the message after it is localised.
    sink.err(`mentoring-journal${verb ? ` ${verb.name}` : ''}: ${message}`);
    return 2;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

function verbHelp(v: Verb): string {
  const options = optionHelp(v.options);
  return [
    // l10n-ignore: the command syntax is typed as it is in every language.
    t('Usage: {0}', `mentoring-journal ${v.usage} [--dir PATH] [--root NAME]`),
    '',
    `${v.summary[0].toUpperCase()}${v.summary.slice(1)}.`,
    ...v.details,
    ...(options.length > 0 ? ['', t('Options:'), ...options] : []),
  ].join('\n');
}
