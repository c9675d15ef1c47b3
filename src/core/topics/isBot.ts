/** Names (lower case) of automation that signs commits without a "[bot]" suffix. */
const BOT_NAMES = new Set([
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate bot',
  'renovate-bot',
  'github-actions',
  'greenkeeper',
  'snyk-bot',
  'pre-commit-ci',
  'web-flow',
]);

/**
 * True for an automated author: dependabot[bot], renovate[bot], github-actions[bot], any name or
 * address ending in "[bot]" (GitHub apps), and GitHub's own noreply@github.com (web edits and
 * merges). A bot is no one to pair with or to ask about a folder, however many commits it made.
 */
export function isBot(name: string, email: string): boolean {
  const n = name.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  if (n.endsWith('[bot]') || BOT_NAMES.has(n)) return true;
  if (e === 'noreply@github.com') return true;
  const at = e.lastIndexOf('@');
  const local = at < 0 ? e : e.slice(0, at);
  // GitHub apps commit as "<id>+<app>[bot]@users.noreply.github.com".
  return local.endsWith('[bot]');
}
