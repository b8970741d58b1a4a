import type { Migration } from '../migrator'

export const migration001Clients: Migration = {
  version: 1,
  name: 'clients',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        email TEXT,
        phone TEXT,
        organisation TEXT,
        role TEXT,
        timezone TEXT,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX clients_archived_at ON clients (archived_at);

      CREATE TABLE client_tags (
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (client_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX client_tags_tag ON client_tags (tag);
    `)
  }
}
