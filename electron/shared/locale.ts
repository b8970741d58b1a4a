/**
 * The one place that says which locale dates, times, numbers and amounts are written and
 * read in when a caller names none: the locale the coach chose in Settings once the
 * renderer has read it, else this computer's (undefined lets Intl use it). Every
 * formatter of shared/ goes through `formattingLocale`. Main never chooses here: what it
 * writes itself (the PDFs) names the practice's locale explicitly.
 */
let chosen: string | undefined

/** The locale to write in: the one given, else the coach's choice, else the computer's. */
export function formattingLocale(locale?: string | null): string | undefined {
  return locale ?? chosen
}

/** The coach's choice from Settings; null goes back to the computer's own locale. */
export function chooseFormattingLocale(locale: string | null): void {
  chosen = locale ?? undefined
}

/** True when Intl knows the locale, e.g. en-GB, de-CH, pt-BR. */
export function isKnownLocale(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0
  } catch {
    return false
  }
}
