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

/** Milliseconds taken by `work`. */
export async function timed(work: () => unknown): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * Two ways of doing the same thing, measured in turn on the same inputs in the same
 * run, so a slow moment of the machine falls on both alike.
 */
export async function sideBySide<I>(
  inputs: readonly I[],
  rounds: number,
  a: (input: I) => unknown,
  b: (input: I) => unknown
): Promise<{ a: Timing; b: Timing }> {
  for (const input of inputs.slice(0, 3)) {
    await a(input)
    await b(input)
  }
  const timesA: number[] = []
  const timesB: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      timesA.push(await timed(() => a(input)))
      timesB.push(await timed(() => b(input)))
    }
  }
  return { a: summarise(timesA), b: summarise(timesB) }
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
