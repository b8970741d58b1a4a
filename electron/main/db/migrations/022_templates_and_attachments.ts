import { installChangeLogTriggers, type LoggedTable } from '../../changes'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_021 } from './021_money'

/** The tables the log records as they stand at schema 22, kept so later columns cannot change what this migration builds. */
export const LOGGED_AS_OF_022: readonly LoggedTable[] = [
  ...LOGGED_AS_OF_021,
  { name: 'templates', columns: ['kind', 'name', 'sections', 'created_at', 'updated_at'] },
  {
    name: 'attachments',
    columns: ['client_id', 'engagement_id', 'assessment_result_id', 'session_id', 'name', 'media_type', 'size', 'sha256', 'added_at']
  }
]

/**
 * The coach's templates of session and intake notes, and attachments. An attachment's
 * row says what it is and whose (its client always, and the engagement, result or session
 * it is on); its bytes are in attachment_contents, one row per distinct content by its
 * SHA-256, which the change log and Undo leave alone. Contents no attachment names any
 * more (one deleted, kept while Undo can bring it back) go at the next open.
 */
export const migration022TemplatesAndAttachments: Migration = {
  version: 22,
  name: 'templates and attachments',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE templates (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('session', 'intake')),
        name TEXT NOT NULL CHECK (length(name) > 0),
        sections TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX templates_uid ON templates (uid);

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        engagement_id INTEGER REFERENCES engagements (id) ON DELETE CASCADE,
        assessment_result_id INTEGER REFERENCES assessment_results (id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        added_at TEXT NOT NULL,
        CHECK (assessment_result_id IS NULL OR session_id IS NULL),
        CHECK (engagement_id IS NOT NULL OR (assessment_result_id IS NULL AND session_id IS NULL))
      );
      CREATE UNIQUE INDEX attachments_uid ON attachments (uid);
      CREATE INDEX attachments_client ON attachments (client_id);
      CREATE INDEX attachments_engagement ON attachments (engagement_id) WHERE engagement_id IS NOT NULL;
      CREATE INDEX attachments_result ON attachments (assessment_result_id) WHERE assessment_result_id IS NOT NULL;
      CREATE INDEX attachments_session ON attachments (session_id) WHERE session_id IS NOT NULL;
      CREATE INDEX attachments_sha256 ON attachments (sha256);

      CREATE TABLE attachment_contents (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        bytes BLOB NOT NULL
      );
    `)
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_022)
  }
}
