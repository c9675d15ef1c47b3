/** Group and peer mentoring: learning circles, pairs of peers, the group as a resource. */
export const GROUP_PEER_QUESTIONS: readonly string[] = [
  'What would you like this group to help you with this month? #group #goal',
  'What experience in the group comes closest to the problem you brought? #group #peer',
  'What did you hear from someone else today that you want to try? #group #learning',
  'How could the group make it easier for the quieter members to bring a topic? #group #safety',
  'What do you bring to this group that others might not know about? #group #strengths',
  'How would you like the group to give you feedback on your topic? #group #feedback',
  'What agreements would make this group a safe place to be honest? #group #safety #agreements',
  'How could we rotate who leads the session? #group #facilitation',
  'What has changed for you since you first joined this group? #group #progress #reflection',
  'Which question from a peer made you think the most lately? #peer #reflection',
  'How do you and your peer decide what to work on together? #peer #pairing',
  'What would you like to learn from a peer at your own level rather than from a senior? #peer #learning',
];
