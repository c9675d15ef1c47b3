import * as assert from 'node:assert/strict';
import { refreshAgenda } from '../../src/core/edits/refreshAgenda';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { withAgenda } from '../../src/core/records/newRecords';
import { applyEdits } from '../../src/core/text/textEdit';

const LOG = ['---', 'date: 2026-11-23', '---', '# Session 2026-11-23', '', '## Agenda', '', '## Notes', '', '## Action items', ''].join('\n');

function agenda(questions: string[], last = '2026-11-09'): string {
  return [
    '### Carried over',
    '- @alex Draft the checklist (from last session) [2026-11-09:12](2026-11-09.md#L12)',
    ...(questions.length ? ['', '### Questions', ...questions.map((q) => `- ${q}`)] : []),
    '',
    '### Since last time',
    `- Last session ${last}, 14 days ago.`,
  ].join('\n');
}

function prepare(text: string, markdown: string): string {
  const r = refreshAgenda(readRecordDocument('s.md', text, { frontMatter: 'required' }), markdown);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return applyEdits(text, r.edits);
}

function agendaBody(text: string): string {
  return text.slice(text.indexOf('## Agenda'), text.indexOf('## Notes'));
}

describe('preparing an agenda again (refreshAgenda)', () => {
  it('gives one agenda after New Session Log and three more preparations', () => {
    const created = withAgenda(LOG, agenda(['How do reviews work here?']));
    let text = created;
    for (let i = 0; i < 3; i++) text = prepare(text, agenda(['How do reviews work here?']));
    assert.equal(text, created);
    assert.equal(text.match(/### Carried over/g)?.length, 1);
  });

  it('replaces the generated lines that changed and keeps the lines a person wrote or edited', () => {
    let text = withAgenda(LOG, agenda(['How do reviews work here?', 'What does on-call mean?']));
    // A person adds their own line under Questions and edits the carried line.
    text = text
      .replace('- What does on-call mean?', '- What does on-call mean?\n- My own topic: the offsite')
      .replace('Draft the checklist (from last session)', 'Draft the checklist (started!)');
    // One question was discussed; a new one was queued; the cadence line moved on.
    const next = prepare(text, agenda(['How do reviews work here?', 'Who owns the CI?'], '2026-11-16'));
    const body = agendaBody(next);
    assert.match(body, /My own topic: the offsite/);
    assert.match(body, /Draft the checklist \(started!\)/);
    assert.doesNotMatch(body, /What does on-call mean/);
    assert.match(body, /Who owns the CI\?/);
    assert.match(body, /Last session 2026-11-16/);
    assert.doesNotMatch(body, /Last session 2026-11-09/);
    assert.equal(body.match(/How do reviews work here/g)?.length, 1);
    assert.equal(body.match(/### Questions/g)?.length, 1);
    // The person's line stays under Questions, where they put it.
    assert.ok(body.indexOf('My own topic') > body.indexOf('### Questions'));
    assert.ok(body.indexOf('My own topic') < body.indexOf('### Since last time'));
    // The regenerated carried line comes back beside the edited one (the edit is the person's).
    assert.match(body, /Draft the checklist \(from last session\)/);
  });

  it('touches nothing outside the Agenda section', () => {
    const text = withAgenda(LOG, agenda(['A?'])).replace('## Notes\n', '## Notes\nWe talked.\n');
    const next = prepare(text, agenda(['B?']));
    assert.equal(next.slice(next.indexOf('## Notes')), text.slice(text.indexOf('## Notes')));
    assert.equal(next.slice(0, next.indexOf('## Agenda')), text.slice(0, text.indexOf('## Agenda')));
  });

  it('does not double an agenda written before the marker existed', () => {
    const legacy = LOG.replace('## Agenda\n', `## Agenda\n\n${agenda(['A?'])}\n`);
    const next = prepare(legacy, agenda(['A?']));
    assert.equal(next.match(/### Carried over/g)?.length, 1);
    assert.equal(next.match(/- A\?/g)?.length, 1);
  });

  it('adds a part the last agenda did not have, in the generator order', () => {
    const text = withAgenda(LOG, agenda([]));
    const next = prepare(text, agenda(['New?']));
    const body = agendaBody(next);
    assert.ok(body.indexOf('### Carried over') < body.indexOf('### Questions'));
    assert.ok(body.indexOf('### Questions') < body.indexOf('### Since last time'));
  });

  it('creates the Agenda section when the log has none, and keeps CRLF line breaks', () => {
    const crlf = '---\r\ndate: 2026-11-23\r\n---\r\n# Session\r\n\r\n## Notes\r\nx\r\n';
    const next = prepare(crlf, agenda(['A?']));
    assert.match(next, /## Agenda/);
    assert.doesNotMatch(next.replace(/\r\n/g, ''), /\n/);
    const again = prepare(next, agenda(['A?']));
    assert.equal(again, next);
  });

  it('refuses a log that cannot be parsed', () => {
    const r = refreshAgenda(
      readRecordDocument('s.md', '---\ndate: [\n---\n## Agenda\n', { frontMatter: 'required' }),
      agenda([]),
    );
    assert.equal(r.ok, false);
  });
});
