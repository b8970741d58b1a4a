/** Timing helpers: every figure is a distribution, reported as its median and 95th percentile. */
export interface Timing {
  p50: number
  p95: number
  max: number
  samples: number
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, samples: sorted.length }
}

/**
 * Samples a comparison of sub-millisecond screens takes at least: a p95 from a few hundred
 * samples is decided by a handful of calls that a busy machine happened to interrupt.
 */
const SAMPLES = 600

/** Rounds over `inputs` screens that give SAMPLES samples of each way, and at least `atLeast`. */
export function roundsFor(inputs: number, atLeast = 8): number {
  return Math.max(atLeast, Math.ceil(SAMPLES / inputs))
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * Ways of doing the same thing, measured in turn on the same inputs in the same run, so
 * a slow moment of the machine falls on all of them alike. Each round starts with the
 * next way, so none always runs just after another that filled the caches with its own data.
 */
export async function inTurn<I, K extends string>(
  inputs: readonly I[],
  rounds: number,
  ways: Record<K, (input: I) => unknown>,
  options: { byWay?: boolean } = {}
): Promise<Record<K, Timing>> {
  const names = Object.keys(ways) as K[]
  for (const input of inputs.slice(0, 3)) {
    for (const name of names) await ways[name](input)
  }
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 0; round < rounds; round++) {
    const order = [...names.slice(round % names.length), ...names.slice(0, round % names.length)]
    if (options.byWay) {
      for (const name of order) {
        for (const input of inputs) samples[name].push(await timed(() => ways[name](input)))
      }
    } else {
      for (const input of inputs) {
        for (const name of order) samples[name].push(await timed(() => ways[name](input)))
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(samples[name])])) as Record<K, Timing>
}

/** Two ways of doing the same thing, measured in turn (see inTurn). */
export function sideBySide<I>(
  inputs: readonly I[],
  rounds: number,
  a: (input: I) => unknown,
  b: (input: I) => unknown
): Promise<{ a: Timing; b: Timing }> {
  return inTurn(inputs, rounds, { a, b })
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
