// The relationship dashboard, in the webview. Everything it shows comes from repository files, so
// every piece of data goes into the page as text (createElement + textContent), never as markup.
// Links are buttons: reachable with Tab, activated with Enter or Space, and all they do is ask the
// host to open a file at a line. The last model is kept with setState so a reload draws at once;
// the host sends a fresh one after the "ready" handshake.
// First: zod's config must be set before the contract below builds its schemas.
import './zodJitless';
import {
  dashboardStateSchema,
  hostMessageSchema,
  type DashboardData,
  type WebviewMessage,
} from '../shared/dashboardMessages';
import { web, type WebElement } from './dom';
import * as l10n from './l10n';

const vscode = web.acquireVsCodeApi();
const post = (message: WebviewMessage) => vscode.postMessage(message);

type Goal = DashboardData['goals'][number];
type Timeline = DashboardData['timeline'];

/** An element with a class and, optionally, text (always as text). */
function el(tag: string, className = '', text?: string): WebElement {
  const e = web.document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Links drawn in this pass, by a key that survives a redraw: focus is put back on the same one. */
let links = new Map<string, WebElement>();

/** A button that opens `file` at `line` in the editor. */
function link(label: string, file: string, line: number, className = 'link'): WebElement {
  const b = el('button', className, label);
  b.setAttribute('type', 'button');
  b.dataset.file = file;
  b.dataset.line = String(line);
  b.title = l10n.t('Open at line {0}', line);
  b.addEventListener('click', () => post({ type: 'open', file, line }));
  const key = `${file}#${line}#${label}`;
  b.dataset.key = key;
  links.set(key, b);
  return b;
}

function section(id: string, title: string, ...body: WebElement[]): WebElement {
  const s = el('section', `part ${id}`);
  const h = el('h2', '', title);
  h.setAttribute('id', `${id}-title`);
  s.setAttribute('aria-labelledby', `${id}-title`);
  s.append(h, ...body);
  return s;
}

/** "1 problem", "3 problems": a whole message for one and for many, so a translation can inflect. */
const counted = {
  problem: (n: number) => (n === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', n)),
  moreCommit: (n: number) =>
    n === 1 ? l10n.t('and 1 more commit') : l10n.t('and {0} more commits', n),
  session: (n: number) => (n === 1 ? l10n.t('1 session') : l10n.t('{0} sessions', n)),
  gap: (n: number) => (n === 1 ? l10n.t('1 gap') : l10n.t('{0} gaps', n)),
  day: (n: number) => (n === 1 ? l10n.t('1 day') : l10n.t('{0} days', n)),
};

function header(m: DashboardData): WebElement {
  const h = el('header', 'top');
  const title = el('h1', '', m.mentee || m.slug);
  const meta = el('p', 'meta', l10n.t('As of {0}', m.today));
  if (m.problems > 0)
    meta.append(
      ' · ',
      el('span', 'warn', l10n.t('{0} in the records', counted.problem(m.problems))),
    );
  const refresh = el('button', 'refresh', l10n.t('Refresh'));
  refresh.setAttribute('type', 'button');
  refresh.addEventListener('click', () => post({ type: 'refresh' }));
  h.append(title, meta);
  if (m.plan) h.append(link(l10n.t('Open the plan'), m.plan.file, m.plan.line));
  h.append(refresh);
  return h;
}

function goalItem(g: Goal): WebElement {
  const li = el('li', 'goal');
  const head = el('div', 'goal-head');
  head.append(
    link(`${g.id}: ${g.title}`, g.file, g.line, 'link goal-title'),
    el('span', `badge status-${g.status.replace(/[^a-z]/g, '')}`, g.status),
  );
  if (g.target) head.append(el('span', 'muted', l10n.t('target {0}', g.target)));
  li.append(head);
  const sessions = el('div', 'evidence');
  sessions.append(el('span', 'muted', l10n.t('Sessions: ')));
  if (g.sessions.length === 0) sessions.append(el('span', 'muted', l10n.t('none yet')));
  for (const s of g.sessions) sessions.append(link(s.date, s.file, s.line, 'link chip'));
  li.append(sessions);
  if (g.commits.length > 0) {
    const list = el('ul', 'commits');
    list.setAttribute('aria-label', l10n.t('Commits for {0}', g.id));
    for (const c of g.commits) {
      const item = el('li');
      const b = link(c.sha.slice(0, 7), c.file, c.line, 'link sha');
      item.append(b, ' ', el('span', 'subject', c.subject ?? ''));
      list.append(item);
    }
    if (g.moreCommits > 0) list.append(el('li', 'muted', counted.moreCommit(g.moreCommits)));
    li.append(list);
  }
  return li;
}

function goals(m: DashboardData): WebElement {
  if (m.goals.length === 0)
    return section('goals', l10n.t('Goals'), el('p', 'muted', l10n.t('No goals in the plan yet.')));
  const list = el('ul', 'goals');
  for (const g of m.goals) list.append(goalItem(g));
  return section('goals', l10n.t('Goals'), list);
}

/** Days since 1970 of a YYYY-MM-DD date (UTC, so no daylight-saving drift). */
function dayNumber(date: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, mo - 1, d) / 86_400_000);
}

function timeline(t: Timeline): WebElement {
  const start = dayNumber(t.start);
  const span = Math.max(1, dayNumber(t.end) - start);
  const at = (date: string) => `${((dayNumber(date) - start) / span) * 100}%`;
  const late = t.gaps.filter((g) => g.late);
  const summary = el(
    'p',
    '',
    t.cadenceDays !== undefined
      ? l10n.t(
          'Cadence {0} (every {1} days): {2}, {3} longer than the cadence.',
          t.cadence,
          t.cadenceDays,
          counted.session(t.sessions.length),
          counted.gap(late.length),
        )
      : l10n.t(
          'Cadence {0}: {1}, {2} longer than the cadence.',
          t.cadence,
          counted.session(t.sessions.length),
          counted.gap(late.length),
        ),
  );
  const axis = el('div', 'axis');
  axis.setAttribute('role', 'group');
  axis.setAttribute('aria-label', l10n.t('Sessions from {0} to {1}', t.start, t.end));
  // Positions go through the CSS object model: the CSP allows that, not style attributes.
  for (const g of t.gaps) {
    const bar = el('div', `gap${g.late ? ' late' : ''}${g.open ? ' open' : ''}`);
    bar.style.setProperty('left', at(g.from));
    bar.style.setProperty(
      'width',
      `${(Math.max(0, dayNumber(g.to) - dayNumber(g.from)) / span) * 100}%`,
    );
    bar.title = g.open
      ? l10n.t('{0} days from {1} to today', g.days, g.from)
      : l10n.t('{0} days from {1} to {2}', g.days, g.from, g.to);
    axis.append(bar);
  }
  for (const s of t.sessions) {
    const dot = link('', s.file, s.line, 'marker');
    dot.setAttribute('aria-label', l10n.t('Session {0}', s.date));
    dot.title = l10n.t('Session {0}', s.date);
    dot.style.setProperty('left', at(s.date));
    axis.append(dot);
  }
  const ends = el('div', 'axis-ends');
  ends.append(el('span', 'muted', t.start), el('span', 'muted', t.end));
  const parts = [summary, axis, ends];
  if (late.length > 0) {
    const list = el('ul', 'late-gaps');
    for (const g of late) {
      const li = el('li', 'warn');
      if (g.open)
        li.textContent = l10n.t('{0} days since the last session ({1}): overdue', g.days, g.from);
      else {
        li.append(l10n.t('{0} days between {1} and ', g.days, g.from));
        const s = t.sessions.find((x) => x.date === g.to);
        li.append(s ? link(g.to, s.file, s.line) : g.to);
      }
      list.append(li);
    }
    parts.push(list);
  }
  return section('timeline', l10n.t('Cadence'), ...parts);
}

function openItems(m: DashboardData): WebElement {
  if (m.openItems.length === 0)
    return section('open', l10n.t('Open items'), el('p', 'muted', l10n.t('Nothing open.')));
  const table = el('table', 'items');
  const head = el('tr');
  for (const h of [
    l10n.t('Item'),
    l10n.t('Owner'),
    l10n.t('Open for'),
    l10n.t('Due'),
    l10n.t('From'),
  ])
    head.append(el('th', '', h));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  for (const a of m.openItems) {
    const row = el('tr', a.overdue ? 'overdue' : '');
    const text = el('td');
    text.append(link(a.text, a.file, a.line));
    const due = el(
      'td',
      a.overdue ? 'warn' : '',
      a.due ? (a.overdue ? l10n.t('{0} (overdue)', a.due) : a.due) : '',
    );
    row.append(
      text,
      el('td', '', a.owner ? `@${a.owner}` : ''),
      el('td', 'num', counted.day(a.ageDays)),
      due,
      el('td', 'muted', a.since),
    );
    body.append(row);
  }
  table.append(thead, body);
  return section('open', l10n.t('Open items'), table);
}

function reflections(m: DashboardData): WebElement {
  if (m.reflections.length === 0)
    return section(
      'reflections',
      l10n.t('Latest reflections'),
      el('p', 'muted', l10n.t('No reflections yet.')),
    );
  const list = el('ul', 'reflections');
  for (const r of m.reflections) {
    const li = el('li');
    li.append(link(r.date, r.file, r.line, 'link chip'), ' ', el('span', '', r.text));
    list.append(li);
  }
  return section('reflections', l10n.t('Latest reflections'), list);
}

function topics(m: DashboardData): WebElement {
  const parts: WebElement[] = [];
  if (m.topics.sessions.length === 0)
    parts.push(el('p', 'muted', l10n.t('No session agenda has learning topics yet.')));
  else {
    const list = el('ol', 'topics-over-time');
    for (const s of m.topics.sessions) {
      const li = el('li');
      li.append(link(s.date, s.file, s.line, 'link chip'));
      const titles = el('ul');
      for (const t of s.topics) {
        const item = el('li');
        item.append(link(t.title, t.file, t.line));
        titles.append(item);
      }
      li.append(titles);
      list.append(li);
    }
    parts.push(list);
  }
  if (m.topics.current.length > 0) {
    parts.push(el('h3', '', l10n.t('Surfaced now')));
    const list = el('ul', 'current-topics');
    for (const t of m.topics.current) {
      const li = el('li');
      li.append(el('span', 'badge', t.kind), ' ', el('span', '', t.title));
      list.append(li);
    }
    parts.push(list);
  }
  return section('topics', l10n.t('Learning topics over time'), ...parts);
}

/** The questions suggested for the next session, each with why it was chosen. */
function suggestedQuestions(m: DashboardData): WebElement {
  const questions = m.suggestedQuestions ?? [];
  if (questions.length === 0)
    return section(
      'suggested',
      l10n.t('Suggested questions'),
      el(
        'p',
        'muted',
        l10n.t('No question in the bank fits the current topics or the goals due for review.'),
      ),
    );
  const list = el('ul', 'suggested-questions');
  for (const q of questions) {
    const li = el('li');
    li.append(el('span', '', q.text), ' ', el('span', 'muted', `(${q.reason})`));
    list.append(li);
  }
  return section('suggested', l10n.t('Suggested questions'), list);
}

/** Draws the model, putting focus back on the link that had it. */
function draw(m: DashboardData): void {
  const root = web.document.getElementById('dashboard');
  if (!root) return;
  const focused = web.document.activeElement?.dataset.key;
  links = new Map();
  root.replaceChildren(
    header(m),
    goals(m),
    timeline(m.timeline),
    openItems(m),
    reflections(m),
    topics(m),
    suggestedQuestions(m),
  );
  root.setAttribute('aria-busy', 'false');
  if (focused !== undefined) links.get(focused)?.focus();
}

web.addEventListener('message', (event) => {
  const parsed = hostMessageSchema.safeParse(event.data);
  if (!parsed.success) return;
  draw(parsed.data.model);
  vscode.setState({ key: parsed.data.key, model: parsed.data.model });
});

// A reload draws the last model at once; the host's fresh one follows the handshake.
const saved = dashboardStateSchema.safeParse(vscode.getState());
if (saved.success) draw(saved.data.model);
post({ type: 'ready' });
