/*
 * Support policy: which versions of a language runtime a project supports. Dropping Python 3.8
 * in one month and the other end-of-life versions months later is one conversation for a mentor
 * ("how do we decide what to support?"), so such commits join one story (groupStories.ts).
 */

// A verb that changes what is supported...
const SUPPORT_VERB =
  /\b(?:drop(?:s|ped|ping)?|remov(?:e|es|ed|ing)|end(?:s|ed)?|deprecat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|bump(?:s|ed)?|requir(?:e|es|ed|ing)|minimum|min|eol|end[- ]of[- ]life)\b/i;
// ...of a runtime named with a version ("Python 3.8", "Node.js 18", "go 1.21", "python versions").
const RUNTIME =
  /\b(python|node(?:\.?js)?|ruby|golang|go|rust|php|java|jdk|perl|erlang|elixir)\s*(?:v?\d+(?:\.\d+)*\b|versions?\b)|\b(msrv)\b/i;

/**
 * The runtime whose supported versions a commit changes ("python", "node"), from its subject, or
 * undefined: a support verb and a runtime named with a version.
 */
export function supportedRuntime(subject: string): string | undefined {
  if (!SUPPORT_VERB.test(subject)) return undefined;
  const m = RUNTIME.exec(subject);
  if (m === null) return undefined;
  const name = (m[1] ?? m[2]).toLowerCase();
  if (name.startsWith('node')) return 'node';
  if (name === 'golang') return 'go';
  if (name === 'msrv') return 'rust';
  if (name === 'jdk') return 'java';
  return name;
}
