import * as assert from 'node:assert/strict';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { BUILTIN_REFLECTIONS } from '../../src/core/reflections/builtinReflections';
import { eventPrompts, MAX_SUBJECT } from '../../src/core/reflections/eventPrompts';
import { parseReflectionTemplate } from '../../src/core/reflections/parseReflectionTemplate';
import { REFLECTION_WHENS } from '../../src/core/reflections/reflectionTemplate';
import { reflectionTemplates } from '../../src/core/reflections/reflectionTemplates';
import { renderReflection } from '../../src/core/reflections/renderReflection';
import type { Commit } from '../../src/core/topics/historyData';
import type { Topic, TopicKind } from '../../src/core/topics/topic';

/** A commit with the fields the prompts read; the rest empty. */
function commit(sha: string, subject: string, date: string, time = 0): Commit {
  return {
    sha: sha.padEnd(40, '0'),
    parents: [],
    authorName: 'Alex',
    authorEmail: 'alex@example.com',
    time,
    date,
    subject,
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [],
  };
}

function topic(kind: TopicKind, key: string, commits: string[]): Topic {
  return {
    id: `${kind}:${key}`,
    kind,
    title: `${kind} ${key}`,
    score: 1,
    evidence: { commits, files: [] },
    question: 'What did you learn?',
  };
}

describe('unit: reflection templates', () => {
  describe('built-in templates', () => {
    it('has the eight templates of the practice, each with a title, description, when and body', () => {
      assert.deepEqual(BUILTIN_REFLECTIONS.map((t) => t.id).sort(), [
        'before-we-start',
        'end-of-relationship',
        'four-ls',
        'gibbs',
        'relationship-check-in',
        'rose-thorn-bud',
        'start-stop-continue',
        'what-so-what-now-what',
      ]);
      for (const t of BUILTIN_REFLECTIONS) {
        assert.ok(t.title && t.description && t.body, t.id);
        assert.ok(REFLECTION_WHENS.includes(t.when), t.id);
        assert.match(t.body, /^### /m, `${t.id} has level-3 headings`);
        assert.equal(t.source, 'built-in');
      }
    });

    it('fits them to the relationship: before we start at the start, the review at the end', () => {
      const when = Object.fromEntries(BUILTIN_REFLECTIONS.map((t) => [t.id, t.when]));
      assert.equal(when['before-we-start'], 'start');
      assert.equal(when['end-of-relationship'], 'end');
      assert.equal(when['what-so-what-now-what'], 'after-session');
    });

    it('asks only open questions in its prompts', () => {
      for (const t of BUILTIN_REFLECTIONS) {
        for (const line of t.body.split('\n')) {
          if (line.startsWith('#') || line.trim() === '') continue;
          assert.equal(checkQuestion(line), undefined, `${t.id}: ${line}`);
        }
      }
    });
  });

  describe('a team template file', () => {
    it('reads title, description, when and the body after the front matter', () => {
      const r = parseReflectionTemplate(
        'pre-mortem',
        'templates/reflections/pre-mortem.md',
        '---\ntitle: Pre-mortem\ndescription: Imagine it failed\nwhen: start\n---\n\n### Failure\nWhat went wrong?\n\n',
      );
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.template, {
        id: 'pre-mortem',
        title: 'Pre-mortem',
        description: 'Imagine it failed',
        when: 'start',
        body: '### Failure\nWhat went wrong?',
        source: 'templates/reflections/pre-mortem.md',
      });
    });

    it('defaults to "any" and a title from the id, and hints when there is no front matter', () => {
      const r = parseReflectionTemplate('weekly_wins', 'w.md', '### Wins\nWhat went well?\n');
      assert.equal(r.template?.title, 'Weekly wins');
      assert.equal(r.template?.when, 'any');
      assert.equal(r.template?.description, '');
      assert.deepEqual(
        r.problems.map((p) => [p.severity, p.code]),
        [['hint', 'no-front-matter']],
      );
    });

    it('locates a wrong "when" on its line and gives no template', () => {
      const r = parseReflectionTemplate('x', 'x.md', '---\ntitle: X\nwhen: weekly\n---\nBody\n');
      assert.equal(r.template, undefined);
      assert.deepEqual(
        r.problems.map((p) => [p.line, p.severity, p.code]),
        [[3, 'error', 'invalid-value']],
      );
      assert.match(r.problems[0].message, /start, after-session, any, end/);
    });

    it('names a likely typo of a key, warns about an empty body, and survives bad YAML', () => {
      const typo = parseReflectionTemplate('x', 'x.md', '---\ntitel: X\n---\n\n');
      assert.deepEqual(
        typo.problems.map((p) => [p.line, p.code]),
        [
          [2, 'likely-typo'],
          [3, 'empty-template'],
        ],
      );
      const bad = parseReflectionTemplate('x', 'x.md', '---\ntitle: [unclosed\n---\nBody\n');
      assert.equal(bad.template, undefined);
      assert.equal(bad.problems[0].severity, 'error');
    });

    it('accepts a byte order mark and CRLF line endings', () => {
      const r = parseReflectionTemplate(
        'x',
        'x.md',
        '\uFEFF---\r\ntitle: X\r\n---\r\n### A\r\nHow?\r\n',
      );
      assert.equal(r.template?.body, '### A\nHow?');
    });
  });

  describe('merging with a team', () => {
    it('lets a team file override a built-in by id and add new ones', () => {
      const { templates, problems } = reflectionTemplates([
        {
          path: 'templates/reflections/gibbs.md',
          text: '---\ntitle: Our Gibbs\nwhen: end\n---\nBody\n',
        },
        {
          path: 'templates/reflections/Pre Mortem.md',
          text: '---\ntitle: Pre-mortem\nwhen: start\n---\nBody\n',
        },
      ]);
      assert.deepEqual(problems, []);
      assert.equal(templates.length, 9);
      const gibbs = templates.filter((t) => t.id === 'gibbs');
      assert.equal(gibbs.length, 1);
      assert.equal(gibbs[0].title, 'Our Gibbs');
      assert.equal(gibbs[0].source, 'templates/reflections/gibbs.md');
      assert.ok(templates.some((t) => t.id === 'pre-mortem'));
    });

    it('lists by when they fit, built-in ones in their order before the team ones by title', () => {
      const { templates } = reflectionTemplates([
        {
          path: 'templates/reflections/zeta.md',
          text: '---\ntitle: B team\nwhen: start\n---\nx\n',
        },
        {
          path: 'templates/reflections/alpha.md',
          text: '---\ntitle: A team\nwhen: start\n---\nx\n',
        },
      ]);
      assert.deepEqual(
        templates.map((t) => t.id),
        [
          'before-we-start',
          'alpha',
          'zeta',
          'what-so-what-now-what',
          'gibbs',
          'four-ls',
          'start-stop-continue',
          'rose-thorn-bud',
          'relationship-check-in',
          'end-of-relationship',
        ],
      );
    });

    it('keeps the built-in template when a team file overriding it cannot be read', () => {
      const { templates, problems } = reflectionTemplates([
        { path: 'templates/reflections/gibbs.md', text: '---\nwhen: never\n---\nx\n' },
      ]);
      assert.equal(templates.find((t) => t.id === 'gibbs')?.source, 'built-in');
      assert.equal(problems[0].file, 'templates/reflections/gibbs.md');
    });
  });

  describe('rendering', () => {
    const template = {
      id: 't',
      title: 'Check-in',
      description: '',
      when: 'any' as const,
      body: '\n\n### On {{date}}\nHow was {{title}}?   \n\n\n',
      source: 'built-in',
    };

    it('gives a title line, a blank line and the body, filled, ending with exactly one newline', () => {
      assert.equal(
        renderReflection(template, { date: '2026-11-23' }),
        '**Check-in** (2026-11-23)\n\n### On 2026-11-23\nHow was Check-in?\n',
      );
    });

    it('uses the line break it is given', () => {
      assert.equal(
        renderReflection(template, { date: '2026-11-23', eol: '\r\n' }),
        '**Check-in** (2026-11-23)\r\n\r\n### On 2026-11-23\r\nHow was Check-in?\r\n',
      );
    });

    it('renders every built-in template without blank lines at its end', () => {
      for (const t of BUILTIN_REFLECTIONS) {
        const out = renderReflection(t, { date: '2026-11-23' });
        assert.ok(out.endsWith('?\n') && !out.endsWith('\n\n'), t.id);
      }
    });
  });

  describe('prompts grounded in real events', () => {
    const commits = [
      commit('3f2c1a9', 'Add index on users.email', '2026-11-17', 300),
      commit('aaaaaaa', 'Tweak the index again', '2026-11-18', 400),
      commit('bbbbbbb', 'First handler in src/db', '2026-11-10', 100),
      commit('ccccccc', `Port the parser ${'x'.repeat(100)}`, '2026-11-11', 200),
    ];

    it('names the first commit of a first-touch topic (its oldest), and the newest of a rework', () => {
      const both = ['aaaaaaa', 'bbbbbbb', '3f2c1a9'];
      const [first] = eventPrompts([topic('new-area', 'src/db', both)], commits, { grounded: true });
      assert.match(first.sha ?? '', /^bbbbbbb/);
      assert.match(first.text, /^bbbbbbb “First handler in src\/db” on 2026-11-10 was your first change in src\/db/);
      const [rework] = eventPrompts([topic('rework', 'src/db', both)], commits, { grounded: true });
      assert.match(rework.sha ?? '', /^aaaaaaa/);
    });

    it('speaks about the mentee, never to "you", when the writer is someone else', () => {
      const prompts = eventPrompts(
        [topic('new-area', 'src/db', ['bbbbbbb']), topic('revert', '3f2c1a9', ['3f2c1a9'])],
        commits,
        { grounded: true, about: 'Alex' },
      );
      assert.match(prompts[0].text, /was Alex's first change in src\/db: what helped Alex find their way around\?$/);
      assert.match(prompts[1].text, /^Alex reverted 3f2c1a9/);
      for (const p of prompts) assert.doesNotMatch(p.text, /\byou(r)?\b/i);
    });

    it('names the short sha, the subject and the date of a revert, and asks an open question', () => {
      const [p] = eventPrompts([topic('revert', '3f2c1a9', ['3f2c1a9'])], commits, {
        grounded: true,
      });
      assert.equal(p.sha, commits[0].sha);
      assert.equal(p.topicId, 'revert:3f2c1a9');
      assert.match(p.text, /^You reverted 3f2c1a9 “Add index on users\.email” on 2026-11-17: /);
      assert.equal(checkQuestion(p.text), undefined, p.text);
    });

    it('varies the question by kind and names the area, language or dependency', () => {
      const prompts = eventPrompts(
        [
          topic('rework', 'src/db', ['aaaaaaa', '3f2c1a9']),
          topic('new-area', 'src/db', ['bbbbbbb']),
          topic('new-language', 'Rust', ['ccccccc']),
          topic('new-dependency', 'zod', ['bbbbbbb']),
          topic('build-or-ci', '.github/workflows', ['bbbbbbb']),
        ],
        commits,
        { grounded: true },
      );
      assert.equal(prompts.length, 5);
      assert.equal(new Set(prompts.map((p) => p.text.split(':').pop())).size, 5);
      assert.ok(prompts[0].text.startsWith('aaaaaaa “Tweak the index again”'), 'the newest commit');
      assert.ok(prompts[1].text.includes('first change in src/db'));
      assert.ok(prompts[2].text.includes('wrote Rust here'));
      assert.ok(prompts[3].text.includes('brought in zod'));
      for (const p of prompts) assert.equal(checkQuestion(p.text), undefined, p.text);
    });

    it(`cuts a subject to ${MAX_SUBJECT} characters with an ellipsis`, () => {
      const [p] = eventPrompts([topic('new-language', 'Rust', ['ccccccc'])], commits, {
        grounded: true,
      });
      const quoted = /“([^”]*)”/.exec(p.text)?.[1] ?? '';
      assert.equal(quoted.length, MAX_SUBJECT);
      assert.ok(quoted.endsWith('…'));
    });

    it('is off by default: generic prompts that name no commit, sha or subject, each kind once', () => {
      const prompts = eventPrompts(
        [
          topic('revert', '3f2c1a9', ['3f2c1a9']),
          topic('revert', 'aaaaaaa', ['aaaaaaa']),
          topic('rework', 'src/db', ['aaaaaaa']),
        ],
        commits,
      );
      assert.equal(prompts.length, 2);
      for (const p of prompts) {
        assert.equal(p.sha, undefined);
        assert.doesNotMatch(p.text, /3f2c1a9|aaaaaaa|index|2026/, p.text);
        assert.equal(checkQuestion(p.text), undefined, p.text);
      }
    });

    it('asks about the situation with curiosity, never as an audit of a mistake', () => {
      const kinds = [
        'revert',
        'rework',
        'new-area',
        'new-language',
        'new-dependency',
        'build-or-ci',
      ] as const;
      for (const grounded of [true, false]) {
        const prompts = eventPrompts(
          kinds.map((k) => topic(k, 'src/db', ['3f2c1a9'])),
          commits,
          { grounded },
        );
        assert.equal(prompts.length, kinds.length);
        for (const p of prompts) {
          assert.doesNotMatch(
            p.text,
            /\bwhy\b|mistake|wrong|fault|should have|blame|next time/i,
            p.text,
          );
          assert.equal(p.text.split('?').length, 2, `one question: ${p.text}`);
          assert.equal(checkQuestion(p.text), undefined, p.text);
        }
      }
    });

    it('makes no prompt for other kinds or for commits it does not know', () => {
      assert.deepEqual(
        eventPrompts(
          [
            topic('area', 'src', ['3f2c1a9']),
            topic('tests', 'src', ['3f2c1a9']),
            topic('revert', 'x', ['deadbee']),
          ],
          commits,
        ),
        [],
      );
    });
  });
});
