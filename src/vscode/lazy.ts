/**
 * A value loaded on first use and then kept. Activation registers commands and listeners only;
 * the modules behind them (yaml, zod, simple-git: about 90 ms to load) wait for the first call.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load().catch((e: unknown) => {
      value = undefined;
      throw e;
    });
    return value;
  };
}
