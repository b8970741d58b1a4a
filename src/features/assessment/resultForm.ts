import { RATER_GROUPS, type Instrument, type RaterGroup, type Score } from '../../../electron/shared/assessment'

/** One competency's row as typed: a score per rater group, empty where that group gave none. */
export type ScoreRow = { competency: string } & Record<RaterGroup, number | null>

export function emptyRow(): ScoreRow {
  return { competency: '', self: null, manager: null, peers: null, direct_reports: null, others: null }
}

/** The stored list of scores, pivoted into one row per competency in the order typed. */
export function rowsOf(scores: Score[]): ScoreRow[] {
  const rows = new Map<string, ScoreRow>()
  for (const score of scores) {
    const row = rows.get(score.competency) ?? { ...emptyRow(), competency: score.competency }
    row[score.raterGroup] = score.score
    rows.set(score.competency, row)
  }
  return [...rows.values()]
}

const isBlank = (row: ScoreRow) => !row.competency.trim() && RATER_GROUPS.every((group) => row[group] === null)

/** Back to the contract's list: one score per filled cell; rows left wholly empty are dropped. */
export function scoresOf(rows: ScoreRow[]): Score[] {
  return rows
    .filter((row) => !isBlank(row))
    .flatMap((row) =>
      RATER_GROUPS.flatMap((group) => {
        const score = row[group]
        return score === null ? [] : [{ competency: row.competency.trim(), raterGroup: group, score }]
      })
    )
}

/** Rules the list of scores cannot express: a named row needs a score, a scored row a name, names once. */
export function rowProblems(rows: ScoreRow[]): Record<`rows.${number}.competency`, string> {
  const problems: Record<`rows.${number}.competency`, string> = {}
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    if (isBlank(row)) return
    const name = row.competency.trim()
    const key = `rows.${index}.competency` as const
    if (!name) problems[key] = 'Name the competency, such as “Listening”.'
    else if (seen.has(name)) problems[key] = `“${name}” is already in the table: give it one row.`
    else if (RATER_GROUPS.every((group) => row[group] === null)) problems[key] = `Give “${name}” at least one score, or remove the row.`
    seen.add(name)
  })
  return problems
}

/** An assessment result as typed: the scores as a table, not as the contract's list. */
export interface ResultValues {
  instrument: Instrument
  instrumentName: string
  takenOn: string
  rows: ScoreRow[]
  interpretation: string
  shareable: boolean
}
