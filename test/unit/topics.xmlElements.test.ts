// The small XML reader pom.xml goes through (src/core/topics/xmlElements.ts): well-formed or
// nothing, entities never expanded, attributes and declarations read past.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { pomDependencies } from '../../src/core/topics/pomDependencies';
import { MAX_XML_DEPTH, xmlElements } from '../../src/core/topics/xmlElements';

const shape = (text: string) =>
  xmlElements(text)?.map((e) => (e.kind === 'text' ? `"${e.text}"` : `${e.kind}:${e.name}`));

describe('topics: xmlElements', () => {
  it('gives elements and text in order; CDATA is text; comments, PIs and the DOCTYPE are skipped', () => {
    assert.deepEqual(
      shape(
        '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "x>y">]>\n<p a=\'1>2\' b="<">' +
          '<!-- <q>not</q> --><q>t&a;</q><r/><![CDATA[<s>]]></p>\n',
      ),
      ['open:p', 'open:q', '"t&a;"', 'close:q', 'open:r', 'close:r', '"<s>"', 'close:p'],
    );
  });

  it('refuses what is not well-formed', () => {
    for (const bad of [
      '',
      'text',
      '<a>',
      '<a></b>',
      '<a><b></a></b>',
      '<a></a><b></b>',
      'x<a></a>',
      '<a></a>x',
      '<a><!-- open </a>',
      '<a><![CDATA[ open </a>',
      '<a b="1></a>',
      '<1a></1a>',
      '<a></a ',
      '<a></a x>',
      '<a></a><!DOCTYPE a>',
    ])
      assert.equal(xmlElements(bad), undefined, JSON.stringify(bad));
  });

  it(`refuses nesting deeper than ${MAX_XML_DEPTH}`, () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    assert.ok(xmlElements(deep(MAX_XML_DEPTH)));
    assert.equal(xmlElements(deep(MAX_XML_DEPTH + 1)), undefined);
  });

  it('never throws, and reads a long hostile text in linear time', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', '!', '-', '[', ']', '"', '?', ' ') }),
        (s) => {
          xmlElements(s);
          pomDependencies(s);
        },
      ),
    );
    for (const hostile of [
      '<a b="'.repeat(20_000),
      '<!'.repeat(40_000),
      '<a>'.repeat(30_000),
      '<!--'.repeat(30_000),
    ]) {
      const started = process.hrtime.bigint();
      xmlElements(hostile);
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500, hostile.slice(0, 12));
    }
  });

  it("reads a dependency's own ids only when they hold text alone, the first of each", () => {
    const pom = (inner: string) =>
      `<project><dependencies><dependency>${inner}</dependency></dependencies></project>`;
    assert.deepEqual(pomDependencies(pom('<groupId> g </groupId><artifactId>a</artifactId>')), [
      { name: 'g:a' },
    ]);
    assert.deepEqual(pomDependencies(pom('<artifactId>a<x/></artifactId>')), []);
    assert.deepEqual(pomDependencies(pom('<artifactId>a</artifactId><artifactId>b</artifactId>')), [
      { name: 'a' },
    ]);
    assert.deepEqual(pomDependencies(pom('<artifactId><![CDATA[c]]></artifactId>')), [
      { name: 'c' },
    ]);
  });
});
