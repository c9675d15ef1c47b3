/**
 * Runs one hardened, streamed `git` process for a history read (readHistory's `stream`: its
 * repository, cancellation, time limit and read config) and hands its standard output over as it
 * arrives. The reads in their own files take one, so they never choose how git is started.
 */
export type LogRunner = (args: string[], onStdout: (text: string) => void) => Promise<void>;
