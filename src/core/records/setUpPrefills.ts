/** Who is setting up the records, in the relationship they set up. */
export type SetUpRole = 'mentee' | 'mentor' | 'neither';

/** What Set Up offers as defaults, from who is running it. */
export interface SetUpPrefills {
  mentee: string;
  mentors: string;
  /** The mentee's git identities: only ever the runner's own when the runner is the mentee. */
  identities: string;
}

/**
 * The defaults Set Up offers, derived from who the person running it is: a mentee is the mentee
 * (their name, their git email as an identity), a mentor is a mentor (their name; the mentee's
 * name and identities are left to type); someone setting up for others gets no defaults. A
 * mentor's identity never becomes the mentee's, so topics never mine the mentor's commits.
 */
export function setUpPrefills(role: SetUpRole, me: { name?: string; email?: string }): SetUpPrefills {
  const name = me.name?.trim() ?? '';
  const email = me.email?.trim() ?? '';
  if (role === 'mentee') return { mentee: name, mentors: '', identities: email || name };
  if (role === 'mentor') return { mentee: '', mentors: name, identities: '' };
  return { mentee: '', mentors: '', identities: '' };
}
