/**
 * Git processes run side by side under one AbortController: the first failure (or the caller's
 * abort) stops the others, and settle() returns only when all have ended, so no child outlives
 * the read. It rethrows the first failure, not the 'cancelled' errors it caused.
 *
 * A job that fails before anything awaits it (a read that fails at once while the reader still
 * waits on another) is never an unhandled rejection, which would end the whole process: the
 * failure is recorded here and settle() rethrows it. Awaiting the promise add() returns still
 * throws as usual.
 */
export class Jobs {
  private readonly controller = new AbortController();
  private pending: Promise<unknown>[] = [];
  private failed = false;
  private firstError: unknown;
  private readonly onOuterAbort = () => this.fail(this.cancelled());

  /** `cancelled` makes the error a caller's abort is reported as. */
  constructor(
    private readonly outer: AbortSignal | undefined,
    private readonly cancelled: () => Error,
  ) {
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  /** Aborted on the first failure or the caller's abort. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Watches a job: its failure stops the others. */
  add<T>(job: Promise<T>): Promise<T> {
    const watched = job.catch((e: unknown) => {
      this.fail(e);
      throw e;
    });
    // Handled here, so it never ends the process; settle() reports it.
    watched.catch(() => undefined);
    this.pending.push(watched);
    return watched;
  }

  /** Waits for every job and process added so far (and those they add), then rethrows. */
  async settle(): Promise<void> {
    while (this.pending.length > 0) {
      const pending = this.pending;
      this.pending = [];
      await Promise.allSettled(pending);
    }
    if (this.failed) throw this.firstError;
  }

  /** Stops listening to the caller's signal. */
  dispose(): void {
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  private fail(e: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.firstError = e;
    this.controller.abort();
  }
}
