import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  escapeGithubData,
  escapeGithubProperty,
  githubAnnotation,
} from '../../src/cli/githubAnnotation';
import { problem } from '../../src/core/problem';

describe('unit: GitHub Actions annotations', () => {
  it('escapes the message as the toolkit does: %, CR and LF', () => {
    assert.equal(escapeGithubData('100% a\r\nb:c,d'), '100%25 a%0D%0Ab:c,d');
  });

  it('escapes property values as the toolkit does: also ":" and ","', () => {
    assert.equal(escapeGithubProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
  });

  it('writes errors, warnings and hints as ::error, ::warning and ::notice with file, line, col and title', () => {
    const at = (severity: 'error' | 'warning' | 'hint') =>
      githubAnnotation(
        problem('mentoring/a/plan.md', 3, 7, severity, 'unknown-key', 'Unknown key "x".'),
      );
    assert.equal(
      at('error'),
      '::error file=mentoring/a/plan.md,line=3,col=7,title=mentoring-journal unknown-key::Unknown key "x".',
    );
    assert.match(at('warning'), /^::warning file=/);
    assert.match(at('hint'), /^::notice file=/);
  });

  it('lets no record text start a workflow command of its own', () => {
    const line = githubAnnotation(
      problem(
        'mentoring/x\n::add-mask::f,title=t::m.md',
        1,
        1,
        'error',
        'bad',
        'text\n::add-mask::secret\r::set-output name=x::y%0A',
      ),
    );
    assert.equal(line.split(/\r|\n/).length, 1);
    assert.equal(
      line,
      '::error file=mentoring/x%0A%3A%3Aadd-mask%3A%3Af%2Ctitle=t%3A%3Am.md,line=1,col=1,title=mentoring-journal bad::' +
        'text%0A::add-mask::secret%0D::set-output name=x::y%250A',
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (file, message) => {
        const l = githubAnnotation(problem(file, 1, 1, 'warning', 'c', message));
        assert.doesNotMatch(l, /[\r\n]/);
        // The properties end at the first "::": the file cannot hold one.
        assert.equal(l.indexOf('::', 2), l.indexOf(',title=mentoring-journal c::') + 26);
      }),
    );
  });
});
