// The dashboard webview's message contract, both ways. The host validates every message from the
// webview with it before looking at it; the webview validates the model (and its own saved state)
// before drawing it. zod/mini keeps the webview bundle small; the webview turns zod's JIT off,
// which a strict Content-Security-Policy would block.
import * as z from 'zod/mini';

/** A records path the webview may hand back is never longer than this. */
const MAX_FILE_CHARS = 4096;

const line = z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000));
const date = z.string();
const link = { file: z.string(), line };
const sessionRef = z.object({ ...link, date });

/** The model as the webview accepts it (core's DashboardModel, checked at the boundary). */
export const dashboardModelSchema = z.object({
  slug: z.string(),
  mentee: z.optional(z.string()),
  today: date,
  plan: z.optional(z.object(link)),
  goals: z.array(
    z.object({
      ...link,
      id: z.string(),
      title: z.string(),
      status: z.string(),
      target: z.optional(z.string()),
      sessions: z.array(sessionRef),
      commits: z.array(z.object({ ...link, sha: z.string(), subject: z.optional(z.string()) })),
      moreCommits: z.number(),
    }),
  ),
  timeline: z.object({
    cadence: z.string(),
    cadenceDays: z.optional(z.number()),
    start: date,
    end: date,
    sessions: z.array(sessionRef),
    gaps: z.array(
      z.object({
        from: date,
        to: date,
        days: z.number(),
        late: z.boolean(),
        open: z.boolean(),
      }),
    ),
  }),
  openItems: z.array(
    z.object({
      ...link,
      text: z.string(),
      owner: z.optional(z.string()),
      due: z.optional(z.string()),
      goal: z.optional(z.string()),
      since: date,
      ageDays: z.number(),
      overdue: z.boolean(),
      carried: z.number(),
    }),
  ),
  reflections: z.array(z.object({ ...link, date, text: z.string() })),
  topics: z.object({
    sessions: z.array(
      z.object({
        ...link,
        date,
        topics: z.array(z.object({ ...link, title: z.string() })),
      }),
    ),
    current: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string() })),
  }),
  // Optional: a state saved before suggestions existed still draws.
  suggestedQuestions: z.optional(z.array(z.object({ text: z.string(), reason: z.string() }))),
  problems: z.number(),
});

/** The dashboard's data as the webview draws it. */
export type DashboardData = z.infer<typeof dashboardModelSchema>;

/**
 * Host to webview: the model of one relationship. `key` names the relationship
 * (`<folder URI>|<slug>`); the webview keeps it in its state so a restored panel knows what to load.
 */
export const hostMessageSchema = z.object({
  type: z.literal('model'),
  key: z.string(),
  model: dashboardModelSchema,
});

/** A message the host sends to the dashboard. */
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** What the webview keeps with setState: enough to draw at once after a reload. */
export const dashboardStateSchema = z.object({ key: z.string(), model: dashboardModelSchema });

/** The webview's saved state. */
export type DashboardState = z.infer<typeof dashboardStateSchema>;

/**
 * Webview to host: `ready` once its script listens (the host sends the model then), `open` a
 * records file at a line, `refresh` to rebuild the model. Extra keys are refused, not ignored.
 */
export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({
    type: z.literal('open'),
    file: z.string().check(z.minLength(1), z.maxLength(MAX_FILE_CHARS)),
    line,
  }),
  z.strictObject({ type: z.literal('refresh') }),
]);

/** A message the dashboard sends to the host. */
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;
