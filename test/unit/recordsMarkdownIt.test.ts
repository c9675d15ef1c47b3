import * as assert from 'node:assert/strict';
import {
  recordsMarkdownIt,
  type MarkdownItLike,
  type RecordsPreviewOptions,
} from '../../src/core/preview/recordsMarkdownIt';

// markdown-it is what VS Code's preview hands to extendMarkdownIt; it ships no types of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options?: object) => MarkdownItLike & {
  render(src: string, env?: object): string;
};

const GOALS: Record<string, { title: string; status?: string }> = {
  G1: { title: 'Review migrations', status: 'active' },
  G2: { title: '<img src=x onerror=alert(1)>', status: '"><script>' },
};
const options: RecordsPreviewOptions = {
  goal: (id, env) => ((env as { slug?: string })?.slug === 'other' ? undefined : GOALS[id]),
  today: () => '2026-12-01',
};
const render = (src: string, env: object = {}, linkify = false) =>
  recordsMarkdownIt(new MarkdownIt({ linkify }), options).render(src, env);

describe('the markdown preview of the records', () => {
  it('shows a goal reference as a chip with its status and title', () => {
    const html = render('Worked on #G1 today.');
    assert.match(
      html,
      /Worked on <span class="mj-chip mj-goal mj-status-active" title="G1: Review migrations \(active\)">#G1 <span class="mj-status">active<\/span><\/span> today\./,
    );
  });

  it('marks a goal the plan does not have, in the document being rendered', () => {
    assert.match(render('#G7'), /mj-goal mj-unknown[^>]*>#G7<\/span>/);
    assert.match(render('#G1', { slug: 'other' }), /mj-unknown/);
  });

  it('shows an action item with its owner and its due date, overdue when past', () => {
    const html = render(
      '## Action items\n- [ ] @alex Draft the checklist (due 2026-11-30) #G1\n- [x] @sam Intro (due 2026-11-02)\n- [ ] later (due 2026-12-10)\n',
    );
    assert.match(html, /<li class="mj-action">\[ \] <span class="mj-chip mj-handle">@alex<\/span> Draft the checklist <span class="mj-chip mj-due mj-overdue">due 2026-11-30<\/span>/);
    assert.match(html, /<li class="mj-action mj-done">\[x\] <span class="mj-chip mj-handle">@sam<\/span> Intro <span class="mj-chip mj-due">due 2026-11-02<\/span>/);
    assert.match(html, /later <span class="mj-chip mj-due">due 2026-12-10<\/span>/);
  });

  it('leaves code, links, emails, headings and due dates outside action items alone', () => {
    const html = render(
      '# Title\n\n`#G1 @alex` and\n\n```\n#G1 @alex\n```\n\nmail sam@example.com, see [#G1](https://x.org/#G1) and https://x.org/@bob (due 2026-01-01)\n',
      {},
      true,
    );
    assert.doesNotMatch(html, /mj-chip/);
  });

  it('escapes titles and statuses from the records', () => {
    const html = render('#G2');
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /mj-status-other/);
    assert.match(html, /title="G2: &lt;img src=x onerror=alert\(1\)&gt; \(&quot;&gt;&lt;script&gt;\)"/);
  });

  it('escapes a handle made of unusual letters', () => {
    assert.match(render('ask @zoë'), /<span class="mj-chip mj-handle">@zoë<\/span>/);
  });
});
