/** SQLite has no boolean: yes/no columns hold 0 or 1. */
export function toFlag(value: boolean): number {
  return value ? 1 : 0
}

export function fromFlag(value: number): boolean {
  return value === 1
}

/** Sorts names as people read them; SQLite has no locale-aware collation. */
export const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
