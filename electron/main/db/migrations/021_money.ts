import { installChangeLogTriggers, type LoggedTable } from '../../changes'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_018 } from './018_coaching_log'

/** The tables the log records as they stand after this migration, kept so later columns cannot change what it builds. */
export const LOGGED_AS_OF_021: readonly LoggedTable[] = [
  ...LOGGED_AS_OF_018,
  { name: 'engagement_billing', columns: ['engagement_id', 'payer', 'late_cancellation_billable', 'late_cancellation_notice_hours', 'updated_at'] },
  { name: 'fee_instalments', columns: ['engagement_id', 'due_on', 'amount_minor'] },
  { name: 'late_cancellations', columns: ['session_id', 'recorded_at'] },
  { name: 'sponsor_billing', columns: ['organisation_id', 'billing_contact', 'billing_address', 'tax_id', 'updated_at'] }
]

/**
 * How a contract is billed, beside the records it belongs to (the engagements' own fee
 * columns are kept as they are): who pays and the late-cancellation terms per engagement,
 * a package's instalments, the sessions cancelled late, a sponsor's billing details.
 * A session marked cancelled late stops being so when it is no longer cancelled (a
 * trigger, so no path that changes a session's status can leave the mark behind).
 * The change log records the new tables from the start.
 */
export const migration021Money: Migration = {
  version: 21,
  name: 'money',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE engagement_billing (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        engagement_id INTEGER NOT NULL UNIQUE REFERENCES engagements (id) ON DELETE CASCADE,
        payer TEXT NOT NULL CHECK (payer IN ('client', 'sponsor')),
        late_cancellation_billable INTEGER NOT NULL CHECK (late_cancellation_billable IN (0, 1)),
        late_cancellation_notice_hours INTEGER NOT NULL CHECK (late_cancellation_notice_hours BETWEEN 1 AND 720),
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX engagement_billing_uid ON engagement_billing (uid);

      CREATE TABLE fee_instalments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        due_on TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0)
      );
      CREATE UNIQUE INDEX fee_instalments_uid ON fee_instalments (uid);
      CREATE INDEX fee_instalments_engagement ON fee_instalments (engagement_id, due_on);

      CREATE TABLE late_cancellations (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
        recorded_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX late_cancellations_uid ON late_cancellations (uid);
      CREATE TRIGGER late_cancellation_while_cancelled AFTER UPDATE OF status ON sessions WHEN NEW.status <> 'cancelled' BEGIN
        DELETE FROM late_cancellations WHERE session_id = NEW.id;
      END;

      CREATE TABLE sponsor_billing (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations (id) ON DELETE CASCADE,
        billing_contact TEXT NOT NULL,
        billing_address TEXT NOT NULL,
        tax_id TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX sponsor_billing_uid ON sponsor_billing (uid);
    `)
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_021)
  }
}
