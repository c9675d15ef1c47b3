import { t } from '../l10n';
import type { Flag } from './classifySentence';

/**
 * Why a question was flagged, in one line a mentor understands. `asking` is how many sentences
 * of the text ask, so a stacked question says so.
 */
export function whyLine(flag: Flag, asking: number): string {
  const loaded = flag.loaded ? `“${flag.loaded}”` : '';
  const base = ((): string => {
    switch (flag.form) {
      case 'polar':
        return t(
          'A yes/no question: it can be answered in one word, and the thinking stays unsaid.',
        );
      case 'elliptical':
        return t(
          'A clipped yes/no question ("Any ...?", "Happy with ...?"): it invites a one-word answer.',
        );
      case 'buried':
        return t(
          'A yes/no question after a preamble: the preamble steers, and the answer can be one word.',
        );
      case 'negative':
        return t(
          'A negative question ("Didn\'t you ...?", "Isn\'t it ...?") tells them which answer you expect.',
        );
      case 'claim':
        return t(
          'A statement with a bid for agreement (a tag such as "right?" or "don\'t you think"): it asks them to agree, not to think.',
        );
      case 'advice':
        return t(
          'Advice dressed as a question: it offers your option instead of asking for theirs.',
        );
      case 'negative-why':
        return t(
          '{0} asks them to defend what they did not do: it judges before it asks.',
          loaded || t('"Why didn\'t you"'),
        );
      case 'wrong-with':
        return t(
          '"What\'s wrong with ...?" argues that nothing is: it asks them to defend a view, not to explore one.',
        );
      case 'premise':
        return t(
          'It takes its answer for granted ({0}): the premise is yours, not theirs.',
          loaded,
        );
      case 'double':
        return t(
          'Two questions in one, and the second ({0} ...) is yes/no: the answer will take the easy half.',
          loaded,
        );
      case 'choice':
        return t(
          'A choice between options you name ({0}): it asks them to pick one, not to say what they think.',
          loaded,
        );
      case 'factual':
        return t(
          'Asks for one fact ({0} ...): fine for logistics, but it opens no reflection.',
          loaded,
        );
    }
  })();
  return asking > 1
    ? t('{0} (One of {1} questions asked at once: ask one, then listen.)', base, asking)
    : base;
}
