import * as assert from 'node:assert/strict';
import { BUILTIN_QUESTIONS } from '../../src/core/questionBank/builtinQuestions';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import {
  parseEvalSet,
  scoreChecker,
  type EvalRow,
} from '../../src/core/questionCheck/evaluateChecker';
import {
  acceptance,
  parseJudgements,
  suggestionsToJudge,
} from '../../src/core/questionCheck/rewriteSample';
import { fixtureText } from '../support/fixtures';

const verdict = (q: string) => checkQuestion(q)?.kind ?? 'open';

function split(
  name: 'tuning' | 'heldout' | 'leading' | 'leading-heldout' | 'blind3' | 'blind4',
): EvalRow[] {
  return parseEvalSet(fixtureText(`question-eval/${name}.tsv`));
}

/** The regression corpus's questions ("label<TAB>question" lines). */
function corpusQuestions(): string[] {
  return fixtureText('question-corpus.tsv')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('\t') + 1));
}

describe('unit: question checker on questions written by others', () => {
  const tuning = split('tuning');
  const heldOut = split('heldout');

  it('holds at least 400 labelled questions, at least 100 of them closed, factual or leading, with sources and licences', () => {
    const all = [...tuning, ...heldOut];
    assert.ok(all.length >= 400, `${all.length}`);
    assert.ok(all.filter((r) => r.label !== 'open').length >= 100);
    const header = fixtureText('question-eval/tuning.tsv');
    for (const licence of ['MIT License', 'CC BY-SA 4.0'])
      assert.ok(header.includes(licence), licence);
    assert.ok(new Set(all.map((r) => r.source)).size >= 4, 'four sources');
  });

  it('meets the issue 17 targets on the tuning split: precision 0.97, recall 0.95, leading named leading 0.85', () => {
    const s = scoreChecker(tuning, verdict);
    console.log(
      `  tuning (${s.rows}): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, leading as leading ${s.leadingAsLeading.toFixed(2)} of ${s.leadingRows}`,
    );
    assert.ok(s.precision >= 0.97, `precision ${s.precision}\n${s.misses.join('\n')}`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall}\n${s.misses.join('\n')}`);
    assert.ok(s.leadingAsLeading >= 0.85, `leading ${s.leadingAsLeading}`);
  });

  it('stays above a floor on the held-out split, which no rule was tuned on', () => {
    const s = scoreChecker(heldOut, verdict);
    console.log(
      `  held-out (${s.rows}): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
    );
    assert.ok(s.precision >= 0.92, `precision ${s.precision}\n${s.misses.join('\n')}`);
    assert.ok(s.recall >= 0.9, `recall ${s.recall}\n${s.misses.join('\n')}`);
  });

  describe('the leading set (code review, debriefing, survey and teaching guides)', () => {
    const leading = split('leading');
    const leadingHeldOut = split('leading-heldout');

    it('holds leading and closed questions from licensed sources, every 5th row held out', () => {
      const all = [...leading, ...leadingHeldOut];
      assert.ok(all.filter((r) => r.label === 'leading').length >= 19);
      assert.ok(all.filter((r) => r.label === 'closed').length >= 40);
      assert.equal(leadingHeldOut.length, Math.floor(all.length / 5));
      const header = fixtureText('question-eval/leading.tsv');
      for (const licence of ['MIT License', 'CC BY-SA 4.0', 'Attribution 4.0', 'CC0'])
        assert.ok(header.includes(licence), licence);
    });

    it('meets the issue 17 targets on the leading tuning split: precision 0.97, recall 0.95, leading named leading 0.85', () => {
      const s = scoreChecker(leading, verdict);
      console.log(
        `  leading (${s.rows}): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, leading as leading ${s.leadingAsLeading.toFixed(2)} of ${s.leadingRows}`,
      );
      assert.ok(s.precision >= 0.97, `precision ${s.precision}\n${s.misses.join('\n')}`);
      assert.ok(s.recall >= 0.95, `recall ${s.recall}\n${s.misses.join('\n')}`);
      assert.ok(
        s.leadingAsLeading >= 0.85,
        `leading ${s.leadingAsLeading}\n${s.misses.join('\n')}`,
      );
    });

    it('stays above a floor on the leading held-out split, which no rule was tuned on', () => {
      const s = scoreChecker(leadingHeldOut, verdict);
      console.log(
        `  leading held-out (${s.rows}): precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, leading as leading ${s.leadingAsLeading.toFixed(2)} of ${s.leadingRows}`,
      );
      // Three leading rows only: the floor allows one miss (0.67), so it fails on a real
      // regression rather than on chance.
      assert.ok(s.precision >= 0.92, `precision ${s.precision}\n${s.misses.join('\n')}`);
      assert.ok(s.recall >= 0.9, `recall ${s.recall}\n${s.misses.join('\n')}`);
      assert.ok(
        s.leadingAsLeading >= 0.66,
        `leading ${s.leadingAsLeading}\n${s.misses.join('\n')}`,
      );
    });
  });

  // The blind sets are scored by the bench and held to no target here: a floor would turn them
  // into sets tuned on. Only their shape is checked, so an edit cannot quietly shrink or skew them.
  const keepsShape = (
    name: 'blind3' | 'blind4',
    rows: number,
    sources: string[],
    leading: number,
    licences: string[],
  ) => {
    const blind = split(name);
    assert.equal(blind.length, rows);
    const perSource = new Map<string, number>();
    for (const r of blind) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
    assert.deepEqual([...perSource.keys()], sources);
    for (const [source, n] of perSource)
      assert.ok(n <= 0.4 * blind.length, `${source}: ${n} of ${blind.length}`);
    assert.equal(blind.filter((r) => r.label === 'leading').length, leading);
    const header = fixtureText(`question-eval/${name}.tsv`);
    for (const licence of licences) assert.ok(header.includes(licence), licence);
  };

  it('keeps blind set 3 as committed: 284 questions from four licensed sources, none over 40% of the rows', () => {
    keepsShape('blind3', 284, ['bw', 'mo', 'sg', 'ti'], 9, [
      'MIT License',
      'The Unlicense',
      'Apache License 2.0',
    ]);
  });

  it('keeps blind set 4 as committed: 230 questions from six licensed sources, none over 40% of the rows', () => {
    keepsShape('blind4', 230, ['pm', 'hw', 'nd', 'gl', 'nf', 'k8'], 4, [
      'Apache License 2.0',
      'MIT License',
      'CC BY-SA 4.0',
    ]);
  });

  it('has judged exactly the suggestions the checker makes now, and accepts at least 80% of them', () => {
    const now = suggestionsToJudge(
      [...tuning, ...heldOut].map((r) => r.question),
      corpusQuestions(),
      (q) => checkQuestion(q, { bank: BUILTIN_QUESTIONS })?.offers ?? [],
      [...split('leading'), ...split('leading-heldout')].map((r) => r.question),
    );
    const judged = parseJudgements(fixtureText('question-eval/rewrite-judgement.tsv'));
    assert.deepEqual(
      judged.map((j) => [j.set, j.question, j.suggestion, j.from]),
      now.map((n) => [n.set, n.question, n.suggestion, n.from]),
      'the suggestions changed: judge them again in rewrite-judgement.tsv',
    );
    const sample = judged.filter((j) => j.set !== 'leading');
    assert.ok(sample.length >= 60, `${sample.length} judged`);
    const rate = acceptance(sample);
    console.log(
      `  rewrites: ${(rate * 100).toFixed(1)}% of ${sample.length} grammatical and faithful`,
    );
    assert.ok(rate >= 0.8, `acceptance ${rate}`);
    // The leading set's code review and debriefing questions show where the rewriter is weak
    // (30% accepted when they were added): reported, and held to a floor so it cannot slide.
    const leadingSet = judged.filter((j) => j.set === 'leading');
    const leadingRate = acceptance(leadingSet);
    console.log(
      `  rewrites on the leading set: ${(leadingRate * 100).toFixed(1)}% of ${leadingSet.length}`,
    );
    assert.ok(leadingRate >= 0.25, `acceptance on the leading set ${leadingRate}`);
  });
});
