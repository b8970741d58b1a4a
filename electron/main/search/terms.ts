import { sql } from 'kysely'
import type { SearchType } from '../../shared/search'
import type { Reader } from '../db/door'
import { phraseExpression, type Phrase } from './query'
import { PREFIX_LENGTHS, termsTableOf } from './layout'

/**
 * Beyond this many words completing a start, listing them costs more than letting FTS5
 * read their matches (a start that short is rare: the 2- and 3-letter ones have their
 * own index).
 */
const MOST_COMPLETIONS = 64

/** Whether FTS5 reads every match of this phrase's unfinished word in full before handing out the first. */
function needsCompleting(phrase: Phrase): boolean {
  return phrase.unfinished && !(PREFIX_LENGTHS as readonly number[]).includes([...phrase.words.at(-1)!].length)
}

/**
 * The words of each type's index that begin with `start`, in order, from FTS5's list of
 * them (each found by one seek, however many records hold it), up to one more than
 * MOST_COMPLETIONS. One statement for every type.
 */
async function completionsOf(db: Reader, types: readonly SearchType[], start: string): Promise<Map<SearchType, string[]>> {
  const length = [...start].length
  const lists = types.map((type, index) => {
    const terms = sql.table(termsTableOf(type))
    const list = sql.ref(`completion${index}`)
    return sql`${list}(term) AS (
      SELECT (SELECT term FROM ${terms} WHERE term >= ${start} LIMIT 1)
      UNION ALL
      -- The next word after this one (no word holds a control character).
      SELECT (SELECT term FROM ${terms} WHERE term >= ${list}.term || char(1) LIMIT 1)
      FROM ${list} WHERE substr(${list}.term, 1, ${length}) = ${start}
      LIMIT ${MOST_COMPLETIONS + 2})`
  })
  const each = types.map(
    (_, index) => sql`SELECT ${index} AS type, term FROM ${sql.ref(`completion${index}`)} WHERE substr(term, 1, ${length}) = ${start}`
  )
  const { rows } = await sql<{ type: number; term: string }>`WITH RECURSIVE ${sql.join(lists)} ${sql.join(each, sql` UNION ALL `)}`.execute(db)
  return new Map(types.map((type, index) => [type, rows.filter((row) => row.type === index).map((row) => row.term)]))
}

/** A phrase with its unfinished word written out as the words completing it; null when none does. */
function completed(phrase: Phrase, completions: string[]): string | null {
  if (completions.length === 0) return null
  if (completions.length > MOST_COMPLETIONS) return phraseExpression(phrase)
  const before = phrase.words.slice(0, -1)
  return `(${completions.map((word) => phraseExpression({ words: [...before, word], unfinished: false })).join(' OR ')})`
}

/**
 * Every phrase typed as one FTS5 expression for each type's tables (its columns are
 * chosen by the caller), for the types where a record can match.
 *
 * FTS5 answers the start of a word it keeps no prefix index for ("stakeholde"*) by
 * reading every match of every word so beginning, in full, before handing out the first:
 * a cost that grows with the practice. Such a start is written out as the words of the
 * index that complete it ("stakeholder" OR "stakeholders"), whose matches FTS5 reads
 * lazily, newest first, stopping after a page. The matches are the same: the list holds
 * every word of the index.
 */
export async function typeExpressions(db: Reader, types: readonly SearchType[], phrases: Phrase[]): Promise<Map<SearchType, string>> {
  const expressions = new Map(types.map((type) => [type, [] as string[]]))
  for (const phrase of phrases) {
    const open = [...expressions.keys()]
    const completions = needsCompleting(phrase) && open.length > 0 ? await completionsOf(db, open, phrase.words.at(-1)!) : null
    for (const type of open) {
      const expression = completions ? completed(phrase, completions.get(type)!) : phraseExpression(phrase)
      if (expression === null) expressions.delete(type)
      else expressions.get(type)!.push(expression)
    }
  }
  return new Map([...expressions].map(([type, parts]) => [type, parts.join(' AND ')]))
}
