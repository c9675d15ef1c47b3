import * as assert from 'node:assert/strict';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import {
  checkQuestionLines,
  questionFileKind,
} from '../../src/core/questionCheck/checkQuestionLines';
import { findQuestionLines } from '../../src/core/questionCheck/findQuestionLines';
import { BUILTIN_QUESTIONS } from '../../src/core/questionBank/builtinQuestions';
import { fixtureText } from '../support/fixtures';

type Label = 'open' | 'closed' | 'leading';

interface Labelled {
  label: Label;
  question: string;
  heldOut: boolean;
}

/** The labelled corpus: "label<TAB>question" lines; "#@held-out" starts the held-out batch. */
function corpus(): Labelled[] {
  const out: Labelled[] = [];
  let heldOut = false;
  for (const line of fixtureText('question-corpus.tsv').split(/\r?\n/)) {
    if (line.startsWith('#@held-out')) heldOut = true;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab) as Label;
    assert.ok(['open', 'closed', 'leading'].includes(label), `bad label in: ${line}`);
    out.push({ label, question: line.slice(tab + 1), heldOut });
  }
  return out;
}

/** A factual question is a hint, not a finding; this corpus counts it as open. */
const predicted = (q: string): Label => {
  const kind = checkQuestion(q)?.kind ?? 'open';
  return kind === 'closed-factual' ? 'open' : kind;
};

/** Precision and recall of "is `positive`" over the corpus, with the misses for messages. */
function score(rows: readonly Labelled[], positive: (l: Label) => boolean, byKind: boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const p = predicted(r.question);
    const said = positive(p);
    const truth = positive(r.label);
    const right = said && truth && (!byKind || p === r.label);
    if (right) tp++;
    else {
      if (said) fp++;
      if (truth) fn++;
      if (said || truth) misses.push(`${r.label} read as ${p}: ${r.question}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), misses };
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const LIMIT_MS = 1000;

describe('unit: question checker', () => {
  describe('the labelled corpus', () => {
    const rows = corpus();

    it('holds at least 220 realistic questions, about 40% open, 40% closed, 20% leading', () => {
      assert.ok(rows.length >= 220, `${rows.length} questions`);
      const share = (l: Label) => rows.filter((r) => r.label === l).length / rows.length;
      assert.ok(share('open') > 0.35 && share('open') < 0.45, `open ${share('open')}`);
      assert.ok(share('closed') > 0.35 && share('closed') < 0.45, `closed ${share('closed')}`);
      assert.ok(share('leading') > 0.15 && share('leading') < 0.25, `leading ${share('leading')}`);
    });

    it('flags closed and leading questions with precision and recall of at least 0.9', () => {
      const flagged = (l: Label) => l !== 'open';
      const lines: string[] = [];
      const report = (name: string, subset: readonly Labelled[]) => {
        const f = score(subset, flagged, false);
        const c = score(subset, (l) => l === 'closed', true);
        const l = score(subset, (x) => x === 'leading', true);
        const pct = (x: number) => x.toFixed(3);
        lines.push(
          `${name} (${subset.length}): flagged P ${pct(f.precision)} R ${pct(f.recall)}; ` +
            `closed P ${pct(c.precision)} R ${pct(c.recall)}; ` +
            `leading P ${pct(l.precision)} R ${pct(l.recall)}`,
        );
        return f;
      };
      const all = report('question checker, whole corpus', rows);
      report(
        '  held-out batch only',
        rows.filter((r) => r.heldOut),
      );
      const misses = score(rows, () => true, true).misses;
      // Printed on purpose: the numbers go into the change's notes.
      console.log(`${lines.join('\n')}\n  misread: ${misses.length}\n    ${misses.join('\n    ')}`);
      assert.ok(
        all.precision >= 0.9,
        `flagged precision ${all.precision}\n${all.misses.join('\n')}`,
      );
      assert.ok(all.recall >= 0.9, `flagged recall ${all.recall}\n${all.misses.join('\n')}`);
    });

    it('offers, for every flagged question, at most three open suggestions or a reason for none', () => {
      for (const r of rows) {
        const finding = checkQuestion(r.question);
        if (!finding) continue;
        assert.ok(finding.suggestions.length <= 3, r.question);
        assert.ok(finding.why.length > 20, `${r.question}: no why line`);
        assert.ok(
          finding.suggestions.length > 0 || (finding.noSuggestion ?? '').length > 0,
          `${r.question}: neither a suggestion nor a reason`,
        );
        for (const s of finding.suggestions) {
          assert.ok(s.endsWith('?'), `${r.question} -> ${s}`);
          // A suggestion passes the checker: open, or at most a factual hint.
          const again = checkQuestion(s)?.kind;
          assert.ok(again === undefined || again === 'closed-factual', `${r.question} -> ${s}`);
          assert.notEqual(s, r.question);
        }
      }
    });
  });

  describe('closed questions', () => {
    it('rewrites "Did the migration go well?" as "How did the migration go?" and "What went well in the migration?"', () => {
      const f = checkQuestion('Did the migration go well?');
      assert.equal(f?.kind, 'closed');
      assert.deepEqual(f.suggestions.slice(0, 2), [
        'How did the migration go?',
        'What went well in the migration?',
      ]);
    });

    it('rewrites "Is the test suite too slow?" around the test suite\'s speed', () => {
      const f = checkQuestion('Is the test suite too slow?');
      assert.equal(f?.kind, 'closed');
      assert.deepEqual(f.suggestions.slice(0, 2), [
        "What do you notice about the test suite's speed?",
        "How does the test suite's speed affect you?",
      ]);
    });

    it('flags every auxiliary and modal opener', () => {
      for (const aux of [
        'Is it',
        'Are you',
        'Am I',
        'Was it',
        'Were you',
        'Do you',
        'Does it',
        'Did you',
        'Can you',
        'Could you',
        'Will you',
        'Would you',
        'Should we',
        'Shall we',
        'Have you',
        'Has it',
        'Had you',
        'May I',
        'Might it',
        'Must we',
      ])
        assert.equal(checkQuestion(`${aux} change the plan?`)?.kind, 'closed', aux);
    });

    it('sees through a short lead-in and keeps it in the rewrites', () => {
      const so = checkQuestion('So, did the demo go ok?');
      assert.equal(so?.kind, 'closed');
      assert.equal(so.suggestions[0], 'So, how did the demo go?');
      const at = checkQuestion('@alex did you get a chance to read the ADR?');
      assert.equal(at?.kind, 'closed');
      assert.ok(
        at.suggestions.every((s) => s.startsWith('@alex ')),
        at.suggestions.join(' | '),
      );
      assert.equal(checkQuestion('Quick question: is the build green?')?.kind, 'closed');
      assert.equal(
        checkQuestion('When the pager went off, did you find the runbook?')?.kind,
        'closed',
      );
    });

    it('reads elliptical yes/no questions as closed: "Any blockers?", "Happy with it?"', () => {
      assert.equal(checkQuestion('Any blockers?')?.kind, 'closed');
      assert.equal(checkQuestion('Happy with how the launch went?')?.kind, 'closed');
      assert.equal(checkQuestion('Good question, what do you think?'), undefined);
    });

    it('flags a closed question without its "?" only when a subject follows the auxiliary', () => {
      assert.equal(checkQuestion('Did you enjoy the conference')?.kind, 'closed');
      assert.equal(checkQuestion('Have you enjoyed running it locally')?.kind, 'closed');
      assert.equal(checkQuestion('Do the review by Friday'), undefined);
      assert.equal(checkQuestion('Have a look at the flaky test'), undefined);
      assert.equal(checkQuestion("Can't make it next Tuesday"), undefined);
    });

    it('keeps the subject text and sane capitals, and adds the missing "?"', () => {
      const f = checkQuestion('did the tests pass on CI');
      assert.ok(f);
      assert.ok(f.suggestions.every((s) => /^[A-Z]/.test(s) && s.endsWith('?')));
      assert.ok(f.suggestions.some((s) => s.includes('the tests') && s.includes('CI')));
    });

    it('offers no context-free filler and no yes/no question wrapped in "whether"', () => {
      const f = checkQuestion('Is that a problem?');
      assert.equal(f?.kind, 'closed');
      for (const s of f.suggestions) {
        assert.doesNotMatch(s, /whether|make of that|How do you see it/, s);
      }
      assert.ok(f.suggestions.length > 0 || f.noSuggestion, 'a suggestion or a reason');
    });
  });

  describe('leading questions', () => {
    it('flags "don\'t you think", "wouldn\'t it be better", "isn\'t it" and "..., right?"', () => {
      for (const q of [
        "Don't you think the migration needed a review first?",
        "Wouldn't it be better to write the tests first?",
        "Isn't it time you asked for the promotion?",
        'You would rather work on the backend, right?',
        'Surely you tested it on staging?',
        'You agree that we should drop the goal?',
        "Wouldn't you say the review was slow?",
        'The deadline was tight, wasn\u2019t it?',
      ])
        assert.equal(checkQuestion(q)?.kind, 'leading', q);
    });

    it('flags an option offered for approval: "what do you think about X-ing", "how about X-ing", "X instead of Y"', () => {
      for (const q of [
        'What do you think about splitting the ticket?',
        'What do you think of pairing with Sam instead?',
        'How about moving the demo to Friday?',
        'Would it be cleaner if we extracted a helper?',
      ])
        assert.equal(checkQuestion(q)?.form, 'advice', q);
      // A view of something that exists is asked for, not an option offered.
      assert.equal(checkQuestion('What do you think about the new on-call rota?'), undefined);
      assert.equal(checkQuestion('What about this goal is important to you?'), undefined);
      // An offer of help without a verdict stays a plain yes/no question.
      assert.equal(checkQuestion('Would it help if I reviewed it?')?.kind, 'closed');
    });

    it('reads "can you" acting on a problem just stated as a request for the change, not a yes/no question', () => {
      assert.equal(checkQuestion('The build is red again, can you look into it?'), undefined);
      assert.equal(
        checkQuestion('Your branch has conflicts, could you rebase it today?'),
        undefined,
      );
      // Not a request: another auxiliary, no statement before it, or nothing pointed back at.
      assert.equal(checkQuestion('The build is red again, did you run it?')?.kind, 'closed');
      assert.equal(checkQuestion('Next week, can you take the release?')?.kind, 'closed');
      assert.equal(checkQuestion('The build is red again, can you stay late?')?.kind, 'closed');
    });

    it('flags a question that asserts its answer: "even", "obviously", "have you stopped"', () => {
      for (const q of [
        'Do we even need a second database?',
        'Is the release even ready?',
        'Why did the team pick Kafka when a queue was obviously enough?',
        'Is it clearly the right call?',
        'Have you stopped checking the alerts?',
        'See what I mean?',
      ])
        assert.equal(checkQuestion(q)?.kind, 'leading', q);
      // "even if" is a condition and "or even" a range, not a doubt.
      assert.equal(
        checkQuestion('Would you still ship it even if the tests fail?')?.kind,
        'closed',
      );
      assert.equal(checkQuestion('Did it take a day or even two?')?.kind, 'closed');
      assert.equal(checkQuestion('Have you stopped by the new office?')?.kind, 'closed');
    });

    it('lets leading win over closed when both apply', () => {
      assert.equal(checkQuestion("Don't you think it's done?")?.kind, 'leading');
      assert.equal(checkQuestion('Did it ship? It went well, right?')?.kind, 'leading');
    });

    it('rewrites a leading question into a neutral one about the same claim', () => {
      const f = checkQuestion("Obviously the cache is to blame, don't you think?");
      assert.equal(f?.kind, 'leading');
      assert.ok(f.suggestions.every((s) => s.includes('the cache') && !/whether/.test(s)));
      const why = checkQuestion('Why not just add an index?');
      assert.equal(why?.kind, 'leading');
      assert.equal(why.suggestions[0], 'What options do you see for adding an index?');
    });
  });

  describe('what a question asks for, not its first word', () => {
    const kindOf = (q: string) => {
      const f = checkQuestion(q);
      return f && `${f.kind}/${f.form}`;
    };

    it('reads negative why-questions, "What\'s wrong with" and premise-loaded wh-questions as leading', () => {
      assert.equal(kindOf("Why didn't you ask for help sooner?"), 'leading/negative-why');
      assert.equal(kindOf("What's wrong with just doing it the old way?"), 'leading/wrong-with');
      assert.equal(kindOf('How much better is the new design?'), 'leading/premise');
      assert.equal(kindOf('Why is the review always so slow?'), 'leading/premise');
      assert.equal(kindOf('How helpful was the new search feature?'), 'leading/premise');
      assert.equal(kindOf('What was so great about the new framework?'), 'leading/premise');
      assert.equal(kindOf('Why did you ignore the review comments?'), 'leading/premise');
      assert.equal(kindOf('Why do you keep missing standup?'), 'leading/premise');
      assert.equal(kindOf('Is it fair to say the project is late?'), 'leading/claim');
      assert.equal(kindOf('Why not ask Priya?'), 'leading/advice');
      // A verdict verb about a thing, or inside their own reading, is an honest question.
      assert.equal(kindOf('Why did the build fail?'), undefined);
      assert.equal(kindOf('Why do you think they keep skipping the retro?'), undefined);
      assert.equal(kindOf('Why or why not?'), undefined);
      // About a thing, not a person, a negative why-question is an honest one.
      assert.equal(kindOf('Why isn\u2019t it working?'), undefined);
    });

    it('reads advice dressed as a question as leading advice, and offers the open form with its subject', () => {
      for (const q of [
        'Have you considered splitting it up?',
        'Did you try a feature flag?',
        'Could you just ask Sam?',
        'Would it help to pair on it?',
        "Why don't you just ask Sam?",
      ])
        assert.equal(kindOf(q), 'leading/advice', q);
      const f = checkQuestion('Have you considered splitting it up?');
      assert.equal(f?.suggestions[0], 'What options do you see for splitting it up?');
      assert.equal(f?.offers[0].from, 'rewrite');
      // Not advice: a plain yes/no question and an offer of help.
      assert.equal(kindOf('Have you thought about your long-term goals?'), 'closed/polar');
      assert.equal(kindOf('Would it help if I reviewed your next PR?'), 'closed/polar');
    });

    it('reads "what if you tried / just X" as advice, and leaves other suppositions open', () => {
      for (const q of [
        'What if you tried pairing on it?',
        'For next time, what if you tried stating your idea first?',
        'What if we just asked Sam?',
      ])
        assert.equal(kindOf(q), 'leading/advice', q);
      assert.equal(
        checkQuestion('What if we just asked Sam?')?.suggestions[0],
        'What options do you see for asking Sam?',
      );
      for (const q of [
        'What if you led the next incident review?',
        'What if you had more time, what would you do?',
        'What if the deadline moved?',
      ])
        assert.equal(kindOf(q), undefined, q);
    });

    it('reads a wh-question that names the options to pick from as closed, and offers it without them', () => {
      for (const q of [
        'How do you prefer to receive recognition – publicly or privately?',
        'Where do you spend more of your time, high performers or low performers?',
        'Which part was harder: the design or the review?',
      ])
        assert.equal(kindOf(q), 'closed/choice', q);
      assert.deepEqual(checkQuestion('Which do you prefer, tea or coffee?')?.suggestions, [
        'Which do you prefer?',
      ]);
      // No preference or comparison asked for: the options widen the question ("big or
      // small"); a list of verbs is not a list of options; a second question is not an option.
      for (const q of [
        "What's one thing you'd change, big or small?",
        'What went well, technically or socially?',
        'Which action item do you want to finish, change or drop?',
        'What would you change, or what would you keep?',
      ])
        assert.equal(kindOf(q), undefined, q);
    });

    it('reads "I wonder if X?" as a yes/no question, but not a request or a wondering "what"', () => {
      assert.equal(kindOf('I wonder if that undermines your credibility?'), 'closed/buried');
      assert.equal(kindOf("I'm curious whether the tests caught it?"), 'closed/buried');
      for (const q of [
        'I wonder if you could say more about it?',
        'I was wondering if you could walk me through it?',
        'I wonder what made that hard?',
      ])
        assert.equal(kindOf(q), undefined, q);
    });

    it('reads one-fact questions as closed-factual hints with no rewrite', () => {
      for (const q of [
        'How many tests did you add?',
        'When is the demo?',
        'Who owns the billing service?',
        'What is the parental leave policy?',
      ]) {
        const f = checkQuestion(q);
        assert.equal(f?.kind, 'closed-factual', q);
        assert.deepEqual(f.suggestions, []);
      }
      assert.equal(kindOf('When was the last time you felt stuck?'), undefined);
      assert.equal(kindOf('Who do you admire, and why?'), undefined);
    });

    it('finds a yes/no question after a preamble or tucked into a wh-question', () => {
      assert.equal(
        kindOf(
          'Given everything that happened with the release last week do you think you can take on the migration?',
        ),
        'closed/buried',
      );
      assert.equal(kindOf('The deploy failed twice. Did you check the logs?'), 'closed/polar');
      assert.equal(
        kindOf('What kind of events does the team host and are they open to everyone?'),
        'closed/double',
      );
      assert.equal(kindOf("I've noticed X... Can you help me understand that better?"), undefined);
    });

    it('says why in a line, and says when several questions are asked at once', () => {
      const f = checkQuestion('Do you feel challenged at work? Are you learning new things?');
      assert.match(f?.why ?? '', /yes\/no/);
      assert.match(f?.why ?? '', /One of 2 questions/);
    });

    it('names a loaded premise and offers no rewrite that carries it; a bank question on the subject instead', () => {
      const f = checkQuestion('How much better is the new design?');
      assert.deepEqual(f?.suggestions, []);
      assert.match(f?.noSuggestion ?? '', /premise/);
      assert.match(f?.why ?? '', /much better/);
      const withBank = checkQuestion('Why is the code review feedback always so harsh?', {
        bank: BUILTIN_QUESTIONS,
      });
      assert.equal(withBank?.form, 'premise');
      assert.ok(withBank && withBank.offers.length > 0);
      for (const o of withBank.offers) {
        assert.equal(o.from, 'bank');
        assert.match(o.text, /review|feedback|comments/);
      }
    });

    it('keeps the claim of a tag question out of its rewrites, or offers none and says why', () => {
      const deadline = checkQuestion("The deadline was unrealistic, wasn't it?");
      assert.equal(deadline?.kind, 'leading');
      assert.deepEqual(deadline.suggestions, []);
      assert.match(deadline.noSuggestion ?? '', /your view/);
      const retro = checkQuestion("You'll lead the next retro, won't you?");
      for (const s of retro?.suggestions ?? []) assert.doesNotMatch(s, /lead/i, s);
      assert.deepEqual(checkQuestion("It went well, didn't it?")?.suggestions[0], 'How did it go?');
    });

    it('drops a rewrite that would read badly or change the meaning rather than offer it', () => {
      const feel = checkQuestion('Did you feel fear when you presented?');
      assert.ok(feel);
      for (const s of feel.suggestions) assert.doesNotMatch(s, /(about|with) feeling/, s);
      const either = checkQuestion('Do you want to pair on it or work alone?');
      for (const s of either?.suggestions ?? []) assert.doesNotMatch(s, /(weigh|between) to /, s);
      assert.deepEqual(
        checkQuestion('Are there any obstacles I can remove for you?')?.suggestions,
        ['What obstacles can I remove for you?'],
      );
      assert.deepEqual(
        checkQuestion("Is there anything that's slowing you down from getting your work done?")
          ?.suggestions,
        ['What is slowing you down from getting your work done?'],
      );
      const obstacles = checkQuestion('Are there any obstacles I can remove for you?');
      for (const s of obstacles?.suggestions ?? [])
        assert.doesNotMatch(s, /I can remove for do you/, s);
    });

    it('mends or refuses the shapes the leading set showed, as classes', () => {
      const offered = (q: string) => checkQuestion(q)?.suggestions ?? [];
      // Agreement, case and the right verb for the noun in "Any X?".
      assert.deepEqual(offered('Any advice?'), [
        'What advice do you see?',
        'What advice comes to mind?',
      ]);
      assert.deepEqual(offered('Any Comments?'), [
        'What comments do you have?',
        'What comments come to mind?',
      ]);
      // An adverb stays before the gerund; a second coordinated verb becomes a gerund too.
      assert.deepEqual(offered('Did you carefully read the spec?'), [
        'How did you go about carefully reading the spec?',
      ]);
      for (const s of offered('Do you plan and estimate your tickets?'))
        assert.match(s, /planning and estimating/, s);
      // A bracket the question closed is never cut in half.
      for (const s of offered('Was it hard to [set up x]?')) assert.doesNotMatch(s, /\[[^\]]*$/, s);
      // None rather than a bad one.
      for (const q of [
        'Did you try out a few approaches?', // a particle read as the option
        'Do you usually pair on reviews?', // a habit dropped
        'Will the build really pass?', // the doubt dropped
        'Did the release feel right?', // a feeling read as how it went
        'Have you heard people complain about it?', // a perception verb with a clause
        'Have you ever run a retro before?', // experience read as progress
        'Did we make onboarding faster?', // the result presumed
        'Are you sure it works?', // a certainty adjective over a clause
        'Do you remember feeling rushed?', // a memory treated as a task
        'Would you send me the notes?', // a request for the asker
        'Did you read the logs? Or did you guess?', // half of a choice
      ]) {
        const f = checkQuestion(q);
        assert.ok(f, q);
        assert.deepEqual(f.suggestions, [], `${q}: ${f.suggestions.join(' | ')}`);
        assert.ok(f.noSuggestion, q);
      }
    });
  });

  describe('open questions and other text', () => {
    it('leaves open questions alone, including "How come", "What if" and polite requests', () => {
      for (const q of [
        'How did the migration go?',
        'How come the release slipped?',
        'What if you led the next incident review?',
        'Could you walk me through the rollback plan?',
        'Can you tell me more about the retro?',
        'Would you mind explaining the retry logic?',
        'Can I ask how the 1:1 went?',
        'Why isn\u2019t it working?',
        'Tell me about the last time you felt stuck',
        'I captured this part; will you please review it and let me know your thoughts?',
        'Could you kindly check the notes before Friday?',
      ])
        assert.equal(checkQuestion(q), undefined, q);
      // Without "please" the same words ask for a yes or a no.
      assert.equal(checkQuestion('Will you review it before Friday?')?.kind, 'closed');
    });

    it('ignores text that is not a question', () => {
      for (const t of ['Review the migration checklist', '', '   ', 'Thanks!', '- [ ] Book a room'])
        assert.equal(checkQuestion(t), undefined, JSON.stringify(t));
    });

    it('checks the asking sentences of a line and keeps the others in the rewrites', () => {
      const f = checkQuestion('I read your design doc. Is it ready for review?');
      assert.equal(f?.kind, 'closed');
      assert.ok(f.suggestions.every((s) => s.startsWith('I read your design doc. ')));
      assert.equal(checkQuestion('I saw the PR sat for a week. What got in the way?'), undefined);
    });
  });

  describe('hostile input', () => {
    const hostile: Record<string, string> = {
      'an auxiliary and 25,000 words': `Did ${'a '.repeat(25_000)}?`,
      '50,000 question marks': '?'.repeat(50_000),
      '50,000 blanks before "?"': `${' '.repeat(50_000)}?`,
      '7,000 comma lead-ins': `${'Is it, '.repeat(7_000)}ok?`,
      'a 50,000-letter word': `${'a'.repeat(50_000)}?`,
      '10,000 intensifiers': `Is the ${'very '.repeat(10_000)}slow?`,
      '4,000 sentences': 'Did it work? '.repeat(4_000),
      '12,500 "Ok." sentences': 'Ok. '.repeat(12_500),
      '5,000 "don\'t you"': `${"don't you ".repeat(5_000)}?`,
      '10,000 either-or': `Do you prefer ${'a or '.repeat(10_000)}b?`,
    };
    for (const [name, text] of Object.entries(hostile)) {
      it(`checks ${name} in well under a second`, () => {
        const { ms } = timed(() => checkQuestion(text));
        assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
      });
    }

    it('finds and checks the questions of a 1 MB session quickly', () => {
      const text = `---\ndate: 2026-11-23\n---\n## Agenda\n${'- Did it work?\n'.repeat(70_000)}`;
      const { ms, value } = timed(() => checkQuestionLines('session', text));
      assert.ok(ms < 5 * LIMIT_MS, `took ${ms.toFixed(0)} ms`);
      assert.equal(value.length, 70_000);
    });
  });
});

describe('unit: finding the questions in a file', () => {
  const SESSION = [
    '---',
    'date: 2026-11-23',
    '---',
    '# Session 2026-11-23',
    '',
    '## agenda',
    '- Did the migration go well?',
    '- [ ] Review the checklist',
    'We talked a lot. Is the test suite too slow?',
    '- What do you want to cover? (added 2026-11-20 by @alex)',
    '',
    '```',
    '- Did you read this code block?',
    '```',
    '',
    '## Notes',
    '- Did you enjoy it?',
    '',
    '## NEXT TIME',
    '### Should we pair on it?',
    '1. Can we move the session?',
    '',
  ].join('\n');

  it("finds a session's questions only in Agenda and Next time, skipping code blocks", () => {
    const found = findQuestionLines('session', SESSION).map((q) => [q.line, q.question]);
    assert.deepEqual(found, [
      [7, 'Did the migration go well?'],
      [8, 'Review the checklist'],
      [9, 'Is the test suite too slow?'],
      [10, 'What do you want to cover?'],
      [20, 'Should we pair on it?'],
      [21, 'Can we move the session?'],
    ]);
  });

  it('gives offsets into the whole text, so replacing [start, end) swaps in a rewrite', () => {
    for (const q of findQuestionLines('session', SESSION))
      assert.equal(SESSION.slice(q.start, q.end), q.question);
    const [first] = checkQuestionLines('session', SESSION);
    const fixed = SESSION.slice(0, first.start) + first.suggestions[0] + SESSION.slice(first.end);
    assert.ok(fixed.includes('\n- How did the migration go?\n'), fixed);
  });

  it("finds questions.md's items without their notes, and nothing else there", () => {
    const text = [
      '# Questions for next time',
      '- [ ] How do you decide on a feature flag? (added 2026-11-20 by @alex)',
      '- [x] Did the DBA on-call help? (added 2026-11-02 by @alex, discussed 2026-11-09)',
      'Is this line a question?',
      '* What about a plain bullet?',
      '',
    ].join('\r\n');
    const found = findQuestionLines('questions', text);
    assert.deepEqual(
      found.map((q) => [q.line, q.question]),
      [
        [2, 'How do you decide on a feature flag?'],
        [3, 'Did the DBA on-call help?'],
        [5, 'What about a plain bullet?'],
      ],
    );
    for (const q of found) assert.equal(text.slice(q.start, q.end), q.question);
    assert.deepEqual(
      checkQuestionLines('questions', text).map((q) => [q.line, q.kind]),
      [[3, 'closed']],
    );
  });

  it('finds in any other markdown every line ending in "?", after the front matter', () => {
    const text =
      '---\ntitle: Is this front matter?\n---\nNotes here.\nIs it done?\n**Did it work?**\n';
    assert.deepEqual(
      findQuestionLines('markdown', text).map((q) => q.question),
      ['Is it done?', '**Did it work?**'],
    );
  });

  it('finds nothing in a file whose front matter is never closed', () => {
    assert.deepEqual(findQuestionLines('session', '---\ndate: x\n## Agenda\n- Did it?\n'), []);
  });

  it('tells questions.md, session logs and other markdown apart by path', () => {
    assert.equal(questionFileKind('mentoring/alex/questions.md'), 'questions');
    assert.equal(questionFileKind('mentoring/alex/sessions/2026-11-23.md'), 'session');
    assert.equal(questionFileKind('C:\\r\\mentoring\\alex\\sessions\\2026-11-23.md'), 'session');
    assert.equal(questionFileKind('notes/ideas.md'), 'markdown');
  });
});
