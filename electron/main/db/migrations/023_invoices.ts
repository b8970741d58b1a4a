import { installChangeLogTriggers, type LoggedTable } from '../../changes'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_022 } from './022_templates_and_attachments'

/** The tables the log records as they stand at schema 23, kept so later columns cannot change what this migration builds. */
export const LOGGED_AS_OF_023: readonly LoggedTable[] = [
  ...LOGGED_AS_OF_022,
  { name: 'invoice_series', columns: ['prefix', 'claimed_at'] },
  {
    name: 'invoices',
    columns: [
      'engagement_id', 'kind', 'credits_invoice_id', 'currency', 'series', 'number', 'issued_on', 'due_on',
      'bill_to_name', 'bill_to_address', 'bill_to_tax_id', 'voided_on', 'created_at', 'updated_at'
    ]
  },
  { name: 'invoice_lines', columns: ['invoice_id', 'description', 'quantity', 'unit_amount_minor', 'tax_rate_bp', 'source', 'session_id', 'instalment_due_on'] },
  { name: 'invoice_payments', columns: ['invoice_id', 'paid_on', 'amount_minor', 'method', 'recorded_at'] }
]

/** The columns of an issued document that make it what it is: none of them ever changes once it has a number. */
const ISSUED_COLUMNS = ['kind', 'credits_invoice_id', 'currency', 'series', 'number', 'issued_on', 'due_on', 'bill_to_name', 'bill_to_address', 'bill_to_tax_id']

/** A line's columns, the same for as long as its invoice is issued (its session may go: an erasure). */
const ISSUED_LINE_COLUMNS = ['invoice_id', 'description', 'quantity', 'unit_amount_minor', 'tax_rate_bp', 'source', 'instalment_due_on']

const anyChanged = (columns: readonly string[]) => columns.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ')

/**
 * Invoices and credit notes, their lines and payments, and the practice's numbering series.
 * A draft has no number; issuing gives it the next number of the issuing computer's series
 * (unique per series by index) and copies the bill-to onto it. From then on the database
 * itself refuses to change or delete it (triggers, so no path can): it is only voided,
 * once, by a credit note. Its engagement may go (an erasure keeps issued documents, the
 * law requires it), the link then null; drafts go with their engagement. A line that
 * bills a session, a late cancellation or an instalment says which, so that it is not
 * suggested again. The change log records the new tables from the start.
 */
export const migration023Invoices: Migration = {
  version: 23,
  name: 'invoices',
  up(sqlite) {
    const changed = anyChanged(ISSUED_COLUMNS)
    const lineChanged = anyChanged(ISSUED_LINE_COLUMNS)
    sqlite.exec(`
      CREATE TABLE invoice_series (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL UNIQUE CHECK (length(prefix) BETWEEN 1 AND 12),
        claimed_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX invoice_series_uid ON invoice_series (uid);

      CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        engagement_id INTEGER REFERENCES engagements (id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
        credits_invoice_id INTEGER REFERENCES invoices (id) ON DELETE CASCADE,
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        series TEXT,
        number INTEGER CHECK (number > 0),
        issued_on TEXT,
        due_on TEXT,
        bill_to_name TEXT NOT NULL DEFAULT '',
        bill_to_address TEXT NOT NULL DEFAULT '',
        bill_to_tax_id TEXT NOT NULL DEFAULT '',
        voided_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((series IS NULL) = (number IS NULL) AND (number IS NULL) = (issued_on IS NULL)),
        CHECK (engagement_id IS NOT NULL OR number IS NOT NULL),
        CHECK ((kind = 'credit_note') = (credits_invoice_id IS NOT NULL)),
        CHECK (kind = 'invoice' OR number IS NOT NULL),
        CHECK (voided_on IS NULL OR (kind = 'invoice' AND number IS NOT NULL))
      );
      CREATE UNIQUE INDEX invoices_uid ON invoices (uid);
      CREATE UNIQUE INDEX invoices_number ON invoices (series, number) WHERE number IS NOT NULL;
      CREATE UNIQUE INDEX invoices_credited ON invoices (credits_invoice_id) WHERE credits_invoice_id IS NOT NULL;
      CREATE INDEX invoices_engagement ON invoices (engagement_id);
      CREATE INDEX invoices_open_by_due ON invoices (due_on) WHERE kind = 'invoice' AND number IS NOT NULL AND voided_on IS NULL;

      CREATE TRIGGER invoices_issued_kept BEFORE UPDATE ON invoices WHEN OLD.number IS NOT NULL AND (
        ${changed}
        OR (OLD.voided_on IS NOT NULL AND NEW.voided_on IS NOT OLD.voided_on)
        OR (OLD.engagement_id IS NOT NULL AND NEW.engagement_id IS NOT NULL AND NEW.engagement_id IS NOT OLD.engagement_id)
      ) BEGIN
        SELECT RAISE(ABORT, 'An issued invoice is never changed: void it with a credit note.');
      END;
      CREATE TRIGGER invoices_issued_never_deleted BEFORE DELETE ON invoices WHEN OLD.number IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'An issued invoice is never deleted: void it with a credit note.');
      END;
      CREATE TRIGGER invoice_drafts_go_with_engagement BEFORE DELETE ON engagements BEGIN
        DELETE FROM invoices WHERE engagement_id = OLD.id AND number IS NULL;
      END;

      CREATE TABLE invoice_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        description TEXT NOT NULL CHECK (length(description) > 0),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_amount_minor INTEGER NOT NULL CHECK (unit_amount_minor >= 0),
        tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
        source TEXT NOT NULL CHECK (source IN ('free', 'session', 'late_cancellation', 'instalment')),
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        instalment_due_on TEXT,
        CHECK (session_id IS NULL OR source IN ('session', 'late_cancellation')),
        CHECK ((instalment_due_on IS NOT NULL) = (source = 'instalment'))
      );
      CREATE UNIQUE INDEX invoice_lines_uid ON invoice_lines (uid);
      CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id);
      CREATE INDEX invoice_lines_session ON invoice_lines (session_id) WHERE session_id IS NOT NULL;

      CREATE TRIGGER invoice_lines_issued_kept BEFORE UPDATE ON invoice_lines
      WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL AND (
        ${lineChanged}
        OR (NEW.session_id IS NOT NULL AND NEW.session_id IS NOT OLD.session_id)
      )
      BEGIN
        SELECT RAISE(ABORT, 'An issued invoice is never changed: void it with a credit note.');
      END;
      CREATE TRIGGER invoice_lines_issued_never_deleted BEFORE DELETE ON invoice_lines
      WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'An issued invoice is never changed: void it with a credit note.');
      END;
      CREATE TRIGGER invoice_lines_issued_closed BEFORE INSERT ON invoice_lines
      WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id AND kind = 'invoice') IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'An issued invoice is never changed: void it with a credit note.');
      END;

      CREATE TABLE invoice_payments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        paid_on TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'card', 'cash', 'cheque', 'other')),
        recorded_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX invoice_payments_uid ON invoice_payments (uid);
      CREATE INDEX invoice_payments_invoice ON invoice_payments (invoice_id);
    `)
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_023)
  }
}
