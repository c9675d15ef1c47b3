// A made-up code history for the demo repository: three authors over a few months, in several
// areas and languages. Dates are fixed (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), so the same
// repository, down to the commit hashes, comes out every time.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The people in the demo; Sam mentors Alex and Priya. */
export const PEOPLE = {
  sam: { name: 'Sam Chen', email: 'sam@example.com' },
  alex: { name: 'Alex Rivera', email: 'alex@example.com' },
  priya: { name: 'Priya Natarajan', email: 'priya@example.com' },
};

const ts = (name, fn) => ({
  path: `src/api/${name}.ts`,
  content: `// ${name} endpoints of the public API.\nimport { Router } from './router';\n\nexport function register${fn}(router: Router): void {\n  router.get('/${name}', async () => ({ items: [] }));\n}\n`,
  extra: `\nexport function validate${fn}(body: unknown): boolean {\n  return typeof body === 'object' && body !== null;\n}\n`,
});
const sql = (n, name, body) => ({
  path: `db/migrations/${String(n).padStart(3, '0')}_${name}.sql`,
  content: `-- ${name.replace(/_/g, ' ')}\nBEGIN;\n${body}\nCOMMIT;\n`,
});
const py = (name, doc) => ({
  path: `scripts/${name}.py`,
  content: `"""${doc}"""\nimport argparse\nimport sys\n\n\ndef main(argv: list[str]) -> int:\n    parser = argparse.ArgumentParser(description=__doc__)\n    parser.add_argument("--dry-run", action="store_true")\n    args = parser.parse_args(argv)\n    print("dry run" if args.dry_run else "running")\n    return 0\n\n\nif __name__ == "__main__":\n    sys.exit(main(sys.argv[1:]))\n`,
  extra: `\n\ndef summarise(rows: list[dict]) -> dict:\n    return {"count": len(rows)}\n`,
});
const go = (name, fn) => ({
  path: `services/billing/${name}.go`,
  content: `package billing\n\n// ${fn} is part of the billing service.\nfunc ${fn}(amountCents int64) int64 {\n\treturn amountCents\n}\n`,
  extra: `\n// ${fn}WithTax adds VAT at the standard rate.\nfunc ${fn}WithTax(amountCents int64) int64 {\n\treturn amountCents * 120 / 100\n}\n`,
});
const doc = (name, title) => ({
  path: `docs/${name}.md`,
  content: `# ${title}\n\nWritten for the team wiki.\n`,
  extra: `\n## Update\n\nClarified after review.\n`,
});

/** A later commit to a file that an earlier one created: appends the generator's extra text. */
const more = (g) => ({ path: g.path, append: g.extra });

/** [date, author, message, change]: {path, content} creates or replaces, {path, append} appends. */
const COMMITS = [
  [
    '2026-08-03T09:12:00Z',
    'sam',
    'Set up the API router',
    {
      path: 'src/api/router.ts',
      content: `// A tiny router used by every endpoint module.\nexport type Handler = () => Promise<unknown>;\n\nexport class Router {\n  private readonly routes = new Map<string, Handler>();\n  get(path: string, handler: Handler): void {\n    this.routes.set(\`GET \${path}\`, handler);\n  }\n}\n`,
    },
  ],
  [
    '2026-08-04T14:30:00Z',
    'sam',
    'Add the accounts table',
    sql(
      1,
      'create_accounts',
      'CREATE TABLE accounts (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL UNIQUE,\n  created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);',
    ),
  ],
  [
    '2026-08-06T10:05:00Z',
    'priya',
    'Add the billing service skeleton',
    { path: 'services/billing/go.mod', content: 'module example.com/billing\n\ngo 1.22\n' },
  ],
  ['2026-08-06T11:40:00Z', 'priya', 'Compute invoice totals', go('invoice', 'InvoiceTotal')],
  ['2026-08-11T16:20:00Z', 'alex', 'Add accounts endpoints', ts('accounts', 'Accounts')],
  [
    '2026-08-13T09:00:00Z',
    'priya',
    'Script to backfill account emails',
    py('backfill_emails', 'Backfill missing account emails from the CRM export.'),
  ],
  [
    '2026-08-19T13:15:00Z',
    'sam',
    'Document the deployment steps',
    doc('deployment', 'Deploying the API'),
  ],
  ['2026-08-25T10:30:00Z', 'alex', 'Validate account payloads', more(ts('accounts', 'Accounts'))],
  [
    '2026-09-02T09:45:00Z',
    'sam',
    'Add the invoices table',
    sql(
      2,
      'create_invoices',
      'CREATE TABLE invoices (\n  id BIGSERIAL PRIMARY KEY,\n  account_id BIGINT NOT NULL REFERENCES accounts(id),\n  total_cents BIGINT NOT NULL\n);',
    ),
  ],
  ['2026-09-04T15:10:00Z', 'alex', 'Add invoices endpoints', ts('invoices', 'Invoices')],
  [
    '2026-09-09T11:00:00Z',
    'alex',
    'Index invoices by account',
    sql(
      3,
      'index_invoices_account',
      'CREATE INDEX CONCURRENTLY invoices_account_idx ON invoices (account_id);',
    ),
  ],
  [
    '2026-09-10T14:00:00Z',
    'priya',
    'Add tax to invoice totals',
    more(go('invoice', 'InvoiceTotal')),
  ],
  [
    '2026-09-16T10:20:00Z',
    'alex',
    'Write the migration review checklist',
    doc('migration-review', 'Reviewing a database migration'),
  ],
  [
    '2026-09-18T09:30:00Z',
    'sam',
    'Report on stale invoices',
    py('stale_invoices', 'List invoices that have been open for more than 60 days.'),
  ],
  [
    '2026-09-24T16:45:00Z',
    'alex',
    'Add a status column to invoices',
    sql(
      4,
      'add_invoice_status',
      "ALTER TABLE invoices ADD COLUMN status TEXT NOT NULL DEFAULT 'open';",
    ),
  ],
  [
    '2026-09-30T10:00:00Z',
    'priya',
    'Refund handler in the billing service',
    go('refund', 'RefundAmount'),
  ],
  [
    '2026-10-02T13:30:00Z',
    'priya',
    'Summaries in the backfill script',
    more(py('backfill_emails', '')),
  ],
  ['2026-10-07T09:15:00Z', 'alex', 'Validate invoice payloads', more(ts('invoices', 'Invoices'))],
  [
    '2026-10-09T11:50:00Z',
    'sam',
    'Explain the migration checklist in the deployment guide',
    more(doc('deployment', '')),
  ],
  [
    '2026-10-14T15:00:00Z',
    'alex',
    'Backfill invoice status in batches',
    sql(5, 'backfill_invoice_status', "UPDATE invoices SET status = 'paid' WHERE total_cents = 0;"),
  ],
  ['2026-10-21T10:40:00Z', 'priya', 'Refund totals with tax', more(go('refund', 'RefundAmount'))],
  ['2026-10-23T14:10:00Z', 'alex', 'Add payments endpoints', ts('payments', 'Payments')],
  [
    '2026-10-28T09:05:00Z',
    'sam',
    'Summaries in the stale invoices report',
    more(py('stale_invoices', '')),
  ],
  [
    '2026-11-04T16:00:00Z',
    'alex',
    'Drop the legacy email column safely',
    sql(6, 'drop_legacy_email', 'ALTER TABLE accounts DROP COLUMN IF EXISTS legacy_email;'),
  ],
  [
    '2026-11-06T10:25:00Z',
    'priya',
    'Document the billing service',
    doc('billing-service', 'The billing service'),
  ],
  ['2026-11-11T13:45:00Z', 'alex', 'Validate payment payloads', more(ts('payments', 'Payments'))],
  [
    '2026-11-13T11:30:00Z',
    'priya',
    'Python tests for the backfill script',
    {
      path: 'scripts/test_backfill_emails.py',
      content:
        'from backfill_emails import summarise\n\n\ndef test_summarise_counts_rows():\n    assert summarise([{}, {}]) == {"count": 2}\n',
    },
  ],
  [
    '2026-11-18T09:20:00Z',
    'alex',
    'Review notes on the migration checklist',
    more(doc('migration-review', '')),
  ],
];

/** The code commits, each with its date, for merging into one timeline with the records. */
export function codeCommits() {
  return COMMITS.map(([date, author, message, change]) => ({ date, author, message, change }));
}

/** Applies one commit's change to the working tree; returns the touched path. */
export function applyChange(repo, change) {
  const file = path.join(repo, change.path);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (change.append !== undefined) {
    if (!fs.existsSync(file))
      throw new Error(`demo history: ${change.path} is extended before it exists`);
    fs.appendFileSync(file, change.append);
  } else {
    fs.writeFileSync(file, change.content);
  }
  return change.path;
}
