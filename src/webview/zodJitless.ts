// zod can compile validators with `new Function`, which the dashboard's CSP forbids (and reports
// even when zod catches the refusal). Its config is read when schemas are built, so this module
// is imported first, before the message contract builds its schemas.
import * as z from 'zod/mini';

z.config({ jitless: true });
