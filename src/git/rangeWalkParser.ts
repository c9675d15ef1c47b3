import { t } from '../core/l10n';
import { BODY_MAX, IDENT_MAX, NulTokens, SUBJECT_MAX } from './logParser';

/*
 * The one walk of a cold read's range (walkRange.ts) asks git for a few fields of every commit and
 * no diff, so git loads each commit object once and compares no trees:
 *   sha \0 name \0 email \0 committer time \0 subject \0 body \0 [\0 next commit...]
 * With `-z` git ends each commit but the last with one more NUL: an empty token between records.
 */

/** The `git log` arguments whose output RangeWalkParser reads (the caller adds `--use-mailmap`). */
export const RANGE_WALK_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--encoding=UTF-8',
  '--format=format:%H%x00%aN%x00%aE%x00%ct%x00%s%x00%b%x00',
];

const FIELDS = 6;
// Longer than any object name (SHA-256 is 64 hex digits); anything else is not git's output.
const SHA_CAP = 80;
const TIME_CAP = 32;

/** One commit of the walk. Subject and body are raw (not cleaned) and empty when not wanted. */
export interface RangeWalkRecord<T> {
  sha: string;
  /** What the caller's `identify` made of the author's mailmapped name and email. */
  author: T;
  /** Committer time, seconds since the epoch: what git's --since and --until compare. */
  commitTime: number;
  /** At most SUBJECT_MAX characters, as LogParser holds it before cleaning. */
  subject: string;
  /** At most BODY_MAX characters, as LogParser holds it before cleaning. */
  body: string;
}

/**
 * Parses RANGE_WALK_FORMAT_ARGS output incrementally. `identify` turns the mailmapped name and
 * email into the caller's author (once per commit, before the message arrives); a commit whose
 * author `wantsText` refuses keeps no character of its subject or body (the mentee's commits,
 * whose messages the numstat read gives again), so that text streams past without being built up.
 */
export class RangeWalkParser<T> {
  private readonly tokens: NulTokens;
  private fields: string[] = [];
  private author: T | undefined;
  private wants = true;
  private separator = false;
  private out: RangeWalkRecord<T>[] = [];
  private seen = 0;

  constructor(
    private readonly identify: (name: string, email: string) => T,
    private readonly wantsText: (author: T) => boolean,
  ) {
    this.tokens = new NulTokens(
      () => this.capOfNext(),
      (token) => this.token(token),
    );
  }

  /** Feeds the next piece of output; returns the commits completed by it. */
  push(text: string): RangeWalkRecord<T>[] {
    this.tokens.push(text);
    return this.take();
  }

  /** Ends the output; returns the last commits. Throws when it stopped inside a commit. */
  end(): RangeWalkRecord<T>[] {
    this.tokens.flush();
    if (this.fields.length > 0) throw new Error(t('git log output ended inside a commit header'));
    return this.take();
  }

  /** How many commits were read so far. */
  get commitsRead(): number {
    return this.seen;
  }

  private take(): RangeWalkRecord<T>[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private capOfNext(): number {
    if (this.separator) return 1;
    switch (this.fields.length) {
      case 0:
        return SHA_CAP;
      case 1:
      case 2:
        return IDENT_MAX * 4;
      case 3:
        return TIME_CAP;
      case 4:
        return this.wants ? SUBJECT_MAX : 0;
      default:
        return this.wants ? BODY_MAX : 0;
    }
  }

  private token(token: string): void {
    if (this.separator) {
      if (token !== '') throw formatError(token);
      this.separator = false;
      return;
    }
    this.fields.push(token);
    if (this.fields.length === 3) {
      this.author = this.identify(this.fields[1], this.fields[2]);
      this.wants = this.wantsText(this.author);
    }
    if (this.fields.length < FIELDS) return;
    const [sha, , , time, subject, body] = this.fields;
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw formatError(sha);
    this.seen++;
    this.out.push({
      sha,
      author: this.author as T,
      commitTime: /^-?\d{1,15}$/.test(time) ? Number(time) : 0,
      subject,
      body,
    });
    this.fields = [];
    this.wants = true;
    this.separator = true;
  }
}

function formatError(at: string): Error {
  return new Error(t('git log output is not in the expected format (at "{0}")', at.slice(0, 40)));
}
