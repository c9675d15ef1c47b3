import type { FileChange } from './historyData';

/**
 * True for a file a commit only moved or copied: git paired it with an old path and counted no
 * line added or deleted (`git mv src/utils lib`). Moving code is not new work in its new place,
 * so the signals about where work went leave these out. git's numstat shows a moved binary file
 * as "-" either way, so a moved binary file counts as a pure move too: the commit cannot tell us
 * whether it changed.
 */
export function isPureRename(file: FileChange): boolean {
  return (
    file.oldPath !== undefined &&
    file.oldPath !== file.path &&
    file.added === 0 &&
    file.deleted === 0
  );
}
