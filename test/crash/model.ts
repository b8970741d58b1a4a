/**
 * What the harness knows the practice must hold: every acknowledged write, at least at
 * its acknowledged version, and none of the clients whose erasure was acknowledged.
 */
export interface Expected {
  /** Client id → its key and the version last acknowledged (or found). */
  clients: Map<number, { key: string; version: number }>
  /** Client id → key, of clients whose erasure committed: neither they nor their words may be found. */
  erased: Map<number, string>
}

export function emptyExpected(): Expected {
  return { clients: new Map(), erased: new Map() }
}

export function copyOf(expected: Expected): Expected {
  return { clients: new Map(expected.clients), erased: new Map(expected.erased) }
}

export function withErased(expected: Expected, id: number, key: string): Expected {
  const after = copyOf(expected)
  after.clients.delete(id)
  after.erased.set(id, key)
  return after
}

/** A client as found in the file after a kill. */
export interface Found {
  key: string
  version: number
  whole: boolean
}

export interface Comparison {
  lost: string[]
  halfWritten: string[]
}

/** How the file differs from what one possible outcome of the kill says it must hold. */
export function compare(expected: Expected, found: Map<number, Found>): Comparison {
  const lost: string[] = []
  for (const [id, { key, version }] of expected.clients) {
    const client = found.get(id)
    if (!client || client.key !== key) lost.push(`acknowledged client ${key} (id ${id}) is missing`)
    else if (client.version < version) lost.push(`client ${key} lost its acknowledged rewrite ${version} (found ${client.version})`)
  }
  for (const [id, key] of expected.erased) {
    if (found.get(id)?.key === key) lost.push(`erased client ${key} (id ${id}) is back`)
  }
  const halfWritten = [...found.values()].filter((client) => !client.whole).map((client) => `client ${client.key} is half-written`)
  return { lost, halfWritten }
}

/**
 * Of the outcomes a kill allows (an operation in flight may have committed or not), the
 * one the file matches best; and what the harness expects from then on: that outcome,
 * brought up to what was found (writes that committed without their acknowledgement).
 */
export function bestOutcome(outcomes: Expected[], found: Map<number, Found>): { comparison: Comparison; next: Expected } {
  const scored = outcomes.map((outcome) => ({ outcome, comparison: compare(outcome, found) }))
  scored.sort((a, b) => a.comparison.lost.length - b.comparison.lost.length)
  const { outcome, comparison } = scored[0]!
  const next: Expected = { clients: new Map(), erased: new Map(outcome.erased) }
  for (const [id, client] of found) {
    // An erased client's id may have been given to a new client since.
    if (client.whole && outcome.erased.get(id) !== client.key) next.clients.set(id, { key: client.key, version: client.version })
  }
  return { comparison, next }
}
