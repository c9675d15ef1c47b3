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
        return 'A yes/no question: it can be answered in one word, and the thinking stays unsaid.';
      case 'elliptical':
        return 'A clipped yes/no question ("Any ...?", "Happy with ...?"): it invites a one-word answer.';
      case 'buried':
        return 'A yes/no question after a preamble: the preamble steers, and the answer can be one word.';
      case 'negative':
        return 'A negative question ("Didn\'t you ...?", "Isn\'t it ...?") tells them which answer you expect.';
      case 'claim':
        return 'A statement with a bid for agreement (a tag such as "right?" or "don\'t you think"): it asks them to agree, not to think.';
      case 'advice':
        return 'Advice dressed as a question: it offers your option instead of asking for theirs.';
      case 'negative-why':
        return `${loaded || '"Why didn\'t you"'} asks them to defend what they did not do: it judges before it asks.`;
      case 'wrong-with':
        return '"What\'s wrong with ...?" argues that nothing is: it asks them to defend a view, not to explore one.';
      case 'premise':
        return `It takes its answer for granted (${loaded}): the premise is yours, not theirs.`;
      case 'double':
        return `Two questions in one, and the second (${loaded} ...) is yes/no: the answer will take the easy half.`;
      case 'factual':
        return `Asks for one fact (${loaded} ...): fine for logistics, but it opens no reflection.`;
    }
  })();
  return asking > 1
    ? `${base} (One of ${asking} questions asked at once: ask one, then listen.)`
    : base;
}
