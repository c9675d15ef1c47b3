/** The comment line that marks a pre-commit hook as ours. */
export const GUARD_MARKER = '# mentoring-journal pre-commit guard';

/** The first line of the block we own in the hook; lines outside the block are the user's. */
export const BLOCK_BEGIN = '# >>> mentoring-journal pre-commit guard (rewritten on install) >>>';

/** The last line of our block. */
export const BLOCK_END = '# <<< mentoring-journal pre-commit guard <<<';

const ROOTS_PREFIX = '# mentoring-journal roots: ';

/**
 * A records root the hook guards. `prefix` is its folder relative to the work tree's top ("/"
 * separators); it is "" when the records root is a repository of its own, and `name` is then
 * the records-root setting, so the CLI can find it from the folder above.
 */
export interface GuardRoot {
  prefix: string;
  name: string;
}

/** What goes into the hook's block. */
export interface GuardBlock {
  roots: readonly GuardRoot[];
  /** The existing hook moved aside, by file name in the hooks folder; it runs first. */
  chainedName?: string;
  /** A shell line that replaces the CLI validation step (the privacy check always runs). */
  command?: string;
}

/**
 * Our block of the pre-commit hook: plain POSIX sh and git, no Node. It refuses a commit whose
 * index adds or modifies a path inside `<root>/<slug>/private/` for each root (deletions pass, so
 * a leaked note can be taken out), reading the paths git prints with `core.quotepath=on` one per
 * line, so a name with a newline stays one C-quoted line. Then it runs full validation through
 * the CLI when one is found at a place that survives updates (PATH, the data-dir copy the editor
 * keeps, the repository's own untracked node_modules) and node is there; otherwise it says once
 * that only the privacy check ran. It never uses npx or the network.
 */
export function guardBlock(block: GuardBlock): string {
  const lines = [
    BLOCK_BEGIN,
    GUARD_MARKER,
    '# Installed by Mentoring Journal. Lines outside this block are yours and are kept when the',
    '# guard is installed again; this block is rewritten then.',
    `${ROOTS_PREFIX}${JSON.stringify(block.roots)}`,
  ];
  if (block.chainedName) {
    lines.push(
      '# The pre-commit hook that was here before runs first, with the same arguments and input.',
      'mj_chained="${0%/*}/' + block.chainedName + '"',
      'if [ -x "$mj_chained" ]; then',
      '  "$mj_chained" "$@" || exit $?',
      'fi',
    );
  }
  lines.push(
    '# The paths the commit adds or changes (the index git hands this hook, against HEAD).',
    'mj_staged=$(git --no-pager -c core.fsmonitor=false -c core.quotepath=on -c color.ui=false \\',
    '  diff --cached --name-only --no-relative --no-renames --no-textconv --no-ext-diff \\',
    '  --ignore-submodules=none --diff-filter=d --) || {',
    "  echo 'mentoring-journal: could not list the staged paths, so the commit is refused.' >&2",
    '  exit 1',
    '}',
    '# $1 a path as git printed it (unquoted), $2 a records root in the same form ("" for the top).',
    'mj_is_private() {',
    '  if [ -n "$2" ]; then',
    '    mj_rest=${1#"$2"/}',
    '    [ "$mj_rest" != "$1" ] || return 1',
    '  else',
    '    mj_rest=$1',
    '  fi',
    '  mj_slug=${mj_rest%%/*}',
    '  [ -n "$mj_slug" ] && [ "$mj_slug" != "$mj_rest" ] || return 1',
    '  case ${mj_rest#*/} in',
    '    [Pp][Rr][Ii][Vv][Aa][Tt][Ee] | [Pp][Rr][Ii][Vv][Aa][Tt][Ee]/*) return 0 ;;',
    '  esac',
    '  return 1',
    '}',
    'mj_private=',
    'while IFS= read -r mj_line; do',
    '  [ -n "$mj_line" ] || continue',
    '  case $mj_line in',
    `    '"'*) mj_path=\${mj_line#'"'}; mj_path=\${mj_path%'"'}; mj_quoted=1 ;;`,
    '    *) mj_path=$mj_line; mj_quoted= ;;',
    '  esac',
  );
  for (const root of block.roots) {
    lines.push(
      `  if [ -n "$mj_quoted" ]; then mj_root=${sh(cQuoted(root.prefix))}; else mj_root=${sh(root.prefix)}; fi`,
      '  if mj_is_private "$mj_path" "$mj_root"; then',
      '    mj_private="$mj_private',
      '  $mj_line"',
      '  fi',
    );
  }
  lines.push(
    'done <<MJ_STAGED_END',
    '$mj_staged',
    'MJ_STAGED_END',
    'if [ -n "$mj_private" ]; then',
    `  printf '%s\\n' "mentoring-journal: commit refused: private notes never go into git, and these are staged:$mj_private" >&2`,
    `  echo 'Unstage each with: git restore --staged -- PATH (once committed: git rm --cached -- PATH).' >&2`,
    '  exit 1',
    'fi',
  );
  if (block.command !== undefined) {
    lines.push('# Full validation, as the installer asked.', `( ${block.command} ) || exit $?`);
  } else {
    lines.push(...cliStep(block.roots));
  }
  lines.push(BLOCK_END);
  return lines.join('\n');
}

/** Finds the CLI without npx or the network, and validates each root; or says it could not. */
function cliStep(roots: readonly GuardRoot[]): string[] {
  const stable = '${XDG_DATA_HOME:-$HOME/.local/share}/mentoring-journal/cli.js';
  const lines = [
    '# Full validation needs node and the CLI, found where updates do not move it.',
    'mj_cli=',
    'mj_via_node=',
    'if command -v node >/dev/null 2>&1; then',
    '  if mj_found=$(command -v mentoring-journal 2>/dev/null); then',
    '    mj_cli=$mj_found',
    `  elif [ -f "${stable}" ]; then`,
    `    mj_cli="${stable}"`,
    '    mj_via_node=1',
    // A CLI committed into the repository would be the repository's code running: never that.
    '  elif [ -x node_modules/.bin/mentoring-journal ] && [ -z "$(git --no-pager -c core.fsmonitor=false \\',
    '    ls-files -- node_modules/.bin/mentoring-journal node_modules/mentoring-journal)" ]; then',
    '    mj_cli=./node_modules/.bin/mentoring-journal',
    '  fi',
    'fi',
    'if [ -z "$mj_cli" ]; then',
    "  echo 'mentoring-journal: only the privacy check ran (no node with the mentoring-journal CLI on PATH, in the data folder or in node_modules).' >&2",
    'else',
  ];
  for (const root of roots) {
    const where =
      root.prefix === ''
        ? `--dir ${sh(
            root.name
              .split('/')
              .map(() => '..')
              .join('/'),
          )} --root ${sh(root.name)}`
        : `--root ${sh(root.prefix)}`;
    lines.push(
      '  if [ -n "$mj_via_node" ]; then',
      `    node "$mj_cli" validate --staged ${where} || exit 1`,
      '  else',
      `    "$mj_cli" validate --staged ${where} || exit 1`,
      '  fi',
    );
  }
  lines.push('fi');
  return lines;
}

/** The roots listed in a block written by guardBlock (none when the line is missing or broken). */
export function rootsOfBlock(text: string): GuardRoot[] {
  const line = text.split('\n').find((l) => l.startsWith(ROOTS_PREFIX));
  if (!line) return [];
  try {
    const parsed: unknown = JSON.parse(line.slice(ROOTS_PREFIX.length));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (r): r is GuardRoot =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as GuardRoot).prefix === 'string' &&
        typeof (r as GuardRoot).name === 'string' &&
        !hasControlCharacter((r as GuardRoot).prefix + (r as GuardRoot).name),
    );
  } catch {
    return [];
  }
}

/** True when `value` holds a control character (a newline, say), which no root may contain. */
export function hasControlCharacter(value: string): boolean {
  return [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** A single-quoted shell word. */
export function sh(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A path as git prints it inside C quotes with core.quotepath=on (without the quotes): `"` and
 * `\` escaped, control characters as \a \b \t \n \v \f \r or octal, and every byte of a non-ASCII
 * character as octal, so the hook can compare a root with the quoted form of a path.
 */
export function cQuoted(value: string): string {
  const named: Record<number, string> = {
    7: 'a',
    8: 'b',
    9: 't',
    10: 'n',
    11: 'v',
    12: 'f',
    13: 'r',
  };
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (named[byte]) out += `\\${named[byte]}`;
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return out;
}
