import * as assert from 'node:assert/strict';
import { quickAnswer } from '../../src/cli/quickAnswer';

describe('cli start: what the entry answers without loading a verb', () => {
  const help = 'HELP';
  it('answers --help and -h before --version, with no verb word', () => {
    assert.equal(quickAnswer(['--version', '--help'], '1.2.3', help), help);
    assert.equal(quickAnswer(['-h'], '1.2.3', help), help);
    assert.equal(quickAnswer(['--version'], '1.2.3', help), '1.2.3');
    assert.equal(quickAnswer(['--dir', 'validate', '--version'], '1.2.3', help), '1.2.3');
  });
  it('loads the CLI for a verb, for nothing to answer, and when no help was baked in', () => {
    assert.equal(quickAnswer(['validate', '--help'], '1.2.3', help), undefined);
    assert.equal(quickAnswer(['--dir', 'x', 'agenda', '--version'], '1.2.3', help), undefined);
    assert.equal(quickAnswer([], '1.2.3', help), undefined);
    assert.equal(quickAnswer(['--version'], '1.2.3', undefined), undefined);
  });
});
