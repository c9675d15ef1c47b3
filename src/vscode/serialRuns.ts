/**
 * Runs `task` one at a time, the newest request last: a request while a run is under way makes
 * one more run after it (however many requests came meanwhile). Each run writes what it read, so
 * an older run never ends after a newer one, and requests that come faster than a run takes (a
 * Refresh pressed again and again, a burst of edits) still end in a run that writes.
 */
export function serialRuns(
  task: () => Promise<void>,
  onError: (e: unknown) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    for (;;) {
      again = false;
      await task().then(undefined, onError);
      // Checked and cleared in one step: a request cannot fall between the two.
      if (!again) {
        running = undefined;
        return;
      }
    }
  };
  return () => {
    if (running) again = true;
    else running = run();
    return running;
  };
}
