import type { Migration } from '../migrator'

/**
 * An index of the words of each client's folded text (name, organisation, email, tags),
 * for the client list's filter: the clients whose words start as typed are found by their
 * words, not by reading every client's text, so a filter for a name few clients have
 * costs what it shows however large the practice (`npm run bench -- --scale 4`).
 *
 * Contentless (the text is the clients' own) with deletes by rowid; folded as the search
 * index folds (coachbook_search_text: Chinese and Japanese characters are words of their
 * own); prefix indexes for the first one, two and three letters, which is how a filter is
 * typed. Kept by triggers on clients, so every write of the door, an undo and an import
 * keep it; an erasure merges it (privacy/scrub.ts), which drops the erased words.
 */
export const migration025ClientListWords: Migration = {
  version: 25,
  name: 'client list words',
  up(sqlite) {
    sqlite.exec(`
      CREATE VIRTUAL TABLE client_words USING fts5(
        words,
        content = '',
        contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
      );
      INSERT INTO client_words (rowid, words) SELECT id, coachbook_search_text(search_text) FROM clients;
      INSERT INTO client_words (client_words) VALUES ('optimize');
      CREATE TRIGGER client_words_insert AFTER INSERT ON clients BEGIN
        INSERT INTO client_words (rowid, words) VALUES (NEW.id, coachbook_search_text(NEW.search_text));
      END;
      CREATE TRIGGER client_words_update AFTER UPDATE OF search_text ON clients BEGIN
        DELETE FROM client_words WHERE rowid = OLD.id;
        INSERT INTO client_words (rowid, words) VALUES (NEW.id, coachbook_search_text(NEW.search_text));
      END;
      CREATE TRIGGER client_words_delete AFTER DELETE ON clients BEGIN
        DELETE FROM client_words WHERE rowid = OLD.id;
      END;
    `)
  }
}
