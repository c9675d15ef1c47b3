// The workspaces the integration tier opens, one a configuration (see run.mjs):
//
//   main        one git repository with a README and one commit; the suites create their records
//   untrusted   one git repository with records (alex-rivera) and a repository-local
//               core.fsmonitor hook that leaves a marker beside the workspace if git ever runs
//   multi-root  a .code-workspace with two git repositories, team-a and team-b, both with records
//               (alex-rivera in both, jordan-lee only in team-b)
//
// Every writer takes an empty temporary folder (`base`) and returns where things are; the records
// follow the contract in docs/records.md (plan.md, questions.md, sessions/<date>.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeGitWorkspace, sh } from './lib.mjs';

const FIXED_DATE = '2026-09-01T10:00:00Z';

/** Commits everything in `dir` with a fixed date, so that shas are predictable. */
function commitAll(dir, message) {
  sh('git', ['add', '-A'], { cwd: dir });
  sh('git', ['commit', '-q', '-m', message], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: FIXED_DATE, GIT_COMMITTER_DATE: FIXED_DATE },
  });
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, 'utf8');
}

export function planText({ mentee, mentors = ['Sam Chen'], cadence = 'biweekly', goal }) {
  return [
    '---',
    `mentee: ${mentee}`,
    `mentors: [${mentors.join(', ')}]`,
    'kind: one-to-one',
    'started: 2026-09-01',
    `cadence: ${cadence}`,
    '---',
    `# Mentoring plan: ${mentee}`,
    '',
    '## Expectations',
    'We meet on a call; notes stay in this repository.',
    '',
    '## Goals',
    '',
    `### G1: ${goal}`,
    '- status: active',
    '- target: 2027-01-31',
    '',
  ].join('\n');
}

export function questionsText(items) {
  return ['# Questions for next time', ...items, ''].join('\n');
}

export function sessionText(date, actionItems, notes = 'Talked it through.') {
  return [
    '---',
    `date: ${date}`,
    '---',
    `# Session ${date}`,
    '',
    '## Agenda',
    '',
    '## Notes',
    notes,
    '',
    '## Action items',
    ...actionItems,
    '',
    '## Next time',
    '',
  ].join('\n');
}

/** Writes mentoring/<slug>/{plan.md, questions.md, sessions/<date>.md} and the records .gitignore. */
export function writeRelationship(repo, { slug, mentee, mentors, goal, questions, sessions }) {
  const dir = path.join(repo, 'mentoring', slug);
  write(path.join(repo, 'mentoring', '.gitignore'), '*/private/\n');
  write(path.join(dir, 'plan.md'), planText({ mentee, mentors, goal }));
  write(path.join(dir, 'questions.md'), questionsText(questions));
  for (const [date, items] of Object.entries(sessions))
    write(path.join(dir, 'sessions', `${date}.md`), sessionText(date, items));
  return dir;
}

/** main (and e2e): `workspace` itself becomes a git repository with a README and one commit. */
export function makeMainWorkspace(workspace) {
  makeGitWorkspace(workspace);
  write(path.join(workspace, 'README.md'), '# A project with mentoring records\n');
  commitAll(workspace, 'Initial commit');
  return { workspace, open: { folder: workspace } };
}

/**
 * untrusted: a git repository with the records of alex-rivera, committed, and then (after the
 * last git command the harness runs there) `core.fsmonitor` pointing at a hook that appends to
 * `<base>/fsmonitor-ran`, i.e. `<workspace>/../fsmonitor-ran`. Any git command in the workspace
 * runs the hook, so the marker's absence shows that nothing ran git.
 */
export function makeUntrustedWorkspace(base) {
  const workspace = path.join(base, 'workspace');
  makeGitWorkspace(workspace);
  write(path.join(workspace, 'README.md'), '# A cloned project nobody has trusted yet\n');
  writeRelationship(workspace, {
    slug: 'alex-rivera',
    mentee: 'Alex Rivera',
    goal: 'Review database migrations with confidence',
    questions: [
      '- [ ] How do you decide when a migration needs a feature flag? (added 2026-11-02 by @alex)',
    ],
    sessions: {
      '2026-11-09': [
        '- [ ] @alex Draft the migration review checklist (due 2026-11-30) #G1',
        '- [x] @sam Introduce Alex to the DBA on-call',
      ],
    },
  });
  commitAll(workspace, 'Initial commit');
  const marker = path.join(base, 'fsmonitor-ran');
  const hook = path.join(workspace, '.git', 'fsmonitor-hook.sh');
  // What a hostile repository could carry: the hook writes the marker and reports "no changes
  // known" (non-zero), so git falls back to a full scan and carries on.
  fs.writeFileSync(
    hook,
    `#!/bin/sh\necho "git ran fsmonitor: $*" >> ${JSON.stringify(marker)}\nexit 1\n`,
    { mode: 0o755 },
  );
  // Set with a file edit rather than `git config`, so the harness never runs git with it.
  fs.appendFileSync(
    path.join(workspace, '.git', 'config'),
    `[core]\n\tfsmonitor = ${JSON.stringify(hook)}\n`,
  );
  if (fs.existsSync(marker)) throw new Error(`the fsmonitor marker ${marker} exists already`);
  return { workspace, marker, open: { folder: workspace } };
}

/**
 * multi-root: <base>/team-a and <base>/team-b, two git repositories with records, and
 * <base>/mentoring.code-workspace listing both. alex-rivera is in both (different mentors and
 * sessions, so a test can tell them apart); jordan-lee only in team-b.
 */
export function makeMultiRootWorkspace(base) {
  const teamA = makeGitWorkspace(path.join(base, 'team-a'));
  write(path.join(teamA, 'README.md'), '# Team A\n');
  writeRelationship(teamA, {
    slug: 'alex-rivera',
    mentee: 'Alex Rivera',
    mentors: ['Sam Chen'],
    goal: 'Review database migrations with confidence',
    questions: ['- [ ] Which team-a services own their schema? (added 2026-11-02 by @alex)'],
    sessions: {
      '2026-11-09': ['- [ ] @alex Draft the team-a migration checklist (due 2026-11-30) #G1'],
    },
  });
  commitAll(teamA, 'Initial commit');

  const teamB = makeGitWorkspace(path.join(base, 'team-b'));
  write(path.join(teamB, 'README.md'), '# Team B\n');
  writeRelationship(teamB, {
    slug: 'alex-rivera',
    mentee: 'Alex Rivera',
    mentors: ['Morgan Blake'],
    goal: 'Run the team-b on-call rotation',
    questions: ['- [ ] How is the team-b on-call handed over? (added 2026-11-03 by @alex)'],
    sessions: {
      '2026-11-10': ['- [ ] @alex Shadow one team-b on-call shift (due 2026-12-01) #G1'],
    },
  });
  writeRelationship(teamB, {
    slug: 'jordan-lee',
    mentee: 'Jordan Lee',
    mentors: ['Morgan Blake'],
    goal: 'Write design documents others can review',
    questions: [],
    sessions: {
      '2026-11-12': ['- [ ] @jordan Draft the caching design doc (due 2026-11-26) #G1'],
    },
  });
  commitAll(teamB, 'Initial commit');

  const workspaceFile = path.join(base, 'mentoring.code-workspace');
  write(
    workspaceFile,
    JSON.stringify({ folders: [{ path: 'team-a' }, { path: 'team-b' }], settings: {} }, null, 2) +
      '\n',
  );
  return { workspace: base, folders: [teamA, teamB], open: { workspaceFile } };
}
