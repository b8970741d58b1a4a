/**
 * "Jane van der Berg-Smith" → "J.V.D.B."; each word's first letter, as the coach would write it by hand.
 * What a calendar event or a notification on a lock screen says of a client unless the coach chooses the full name.
 */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase())
  return letters.length === 0 ? '?' : `${letters.join('.')}.`
}
