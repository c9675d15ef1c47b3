import { toIsoDate } from '../core/dates';
import { makeContext } from './cliContext';
import { mainHelp } from './mainHelp';
import { outputSink } from './outputSink';
import { optionHelp, optionValues, parseArgs, UsageError } from './parseArgs';
import type { Verb } from './verb';
import { verbIndex } from './verbIndex';
import { t } from '../core/l10n';

/**
 * Every verb, in the order `--help` lists them: its name, and how to load it. A verb's module
 * (and all it imports: yaml, zod schemas, simple-git, the topics ranking...) loads only when that
 * verb runs, so a run pays for its own verb alone (issue 19); `--help` loads them all.
 * A unit test checks each name against the loaded verb's own.
 */
export const VERB_LOADERS: readonly (readonly [string, () => Promise<Verb>])[] = [
  ['init', () => import('./verbs/init').then((m) => m.initVerb)],
  ['new-session', () => import('./verbs/newSession').then((m) => m.newSessionVerb)],
  ['today', () => import('./verbs/today').then((m) => m.todayVerb)],
  ['agenda', () => import('./verbs/agenda').then((m) => m.agendaVerb)],
  ['actions', () => import('./verbs/actions').then((m) => m.actionsVerb)],
  ['topics', () => import('./verbs/topics').then((m) => m.topicsVerb)],
  ['identities', () => import('./verbs/identities').then((m) => m.identitiesVerb)],
  ['question', () => import('./verbs/question').then((m) => m.questionVerb)],
  // Ranked by learning topics too where the records live in a git repository; never fails for lack of them.
  [
    'questions',
    async () => {
      const [{ makeQuestionsVerb }, { relationshipTopics }] = await Promise.all([
        import('./verbs/questions'),
        import('./mineTopics'),
      ]);
      return makeQuestionsVerb({
        topics: (ctx, slug) =>
          relationshipTopics(ctx, slug).then(
            (r) => r.topics,
            () => [],
          ),
      });
    },
  ],
  ['check-questions', () => import('./verbs/checkQuestions').then((m) => m.checkQuestionsVerb)],
  ['report', () => import('./verbs/report').then((m) => m.reportVerb)],
  ['calendar', () => import('./verbs/calendar').then((m) => m.calendarVerb)],
  ['validate', () => import('./verbs/validate').then((m) => m.validateVerb)],
  ['install-hook', () => import('./verbs/installHook').then((m) => m.installHookVerb)],
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
  try {
    const load = VERB_LOADERS.find(([n]) => n === name)?.[1];
    const verb = load && (await load());
    if (!verb) {
      if (argv.includes('--help') || argv.includes('-h')) {
        sink.outLines(mainHelp(await Promise.all(VERB_LOADERS.map(([, all]) => all()))));
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
    const known = VERB_LOADERS.some(([n]) => n === name);
    // l10n-ignore: the program and verb prefix every tool prints; the message after it is localised.
    sink.err(`mentoring-journal${known ? ` ${name}` : ''}: ${message}`);
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
