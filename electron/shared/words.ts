import { COUNTED_UP_TO, isBeyondCounted } from './counts'
import { formattingLocale } from './locale'

/**
 * Counting in English, the app's language: the noun agrees with the number through
 * Intl.PluralRules ("1 meeting", "2 meetings", "1.5 hours"), never by comparing with 1
 * and adding an s. The number itself is written in the reader's locale.
 */
export interface Noun {
  one: string
  other: string
}

/** A noun whose plural adds an s, as most do: noun('session'); noun('child', 'children') when not. */
export function noun(one: string, other = `${one}s`): Noun {
  return { one, other }
}

export interface CountOptions {
  /** The locale the number is written in; the coach's own when left out. */
  locale?: string
  /** As shown: 0.98 hours written "1" takes the singular. */
  maximumFractionDigits?: number
}

/** The form of `forms` that agrees with `count` as it is written. */
export function pluralOf(count: number, forms: Noun, { maximumFractionDigits = 0 }: CountOptions = {}): string {
  return new Intl.PluralRules('en', { maximumFractionDigits }).select(count) === 'one' ? forms.one : forms.other
}

/** "1 session", "12 sessions", "1,250 clients", "4.5 hours". */
export function countOf(count: number, forms: Noun, options: CountOptions = {}): string {
  const number = new Intl.NumberFormat(formattingLocale(options.locale), { maximumFractionDigits: options.maximumFractionDigits ?? 0 }).format(count)
  return `${number} ${pluralOf(count, forms, options)}`
}

/** A total as main counts it (shared/counts.ts): "12", "1,000+". */
export function totalFigure(total: number, options: CountOptions = {}): string {
  const format = new Intl.NumberFormat(formattingLocale(options.locale))
  return isBeyondCounted(total) ? `${format.format(COUNTED_UP_TO)}+` : format.format(total)
}

/** A list's total with its noun: "12 clients", "1,000+ clients". */
export function totalOf(total: number, forms: Noun, options: CountOptions = {}): string {
  return isBeyondCounted(total) ? `${totalFigure(total, options)} ${forms.other}` : countOf(total, forms, options)
}

/** How many a list holds beyond the `shown` first ones: "3", or "975+" when its total is "1,000+". */
export function restFigure(total: number, shown: number, options: CountOptions = {}): string {
  const format = new Intl.NumberFormat(formattingLocale(options.locale))
  return isBeyondCounted(total) ? `${format.format(COUNTED_UP_TO - shown)}+` : format.format(total - shown)
}

/** "meeting" → "Meeting". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** "Mid-point review" → "mid-point review", inside a sentence; a name written in capitals (DiSC, MBTI) stays. */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label
  return second !== second.toLowerCase() ? label : first.toLowerCase() + label.slice(1)
}

/** "a, b and c". */
export function listOf(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
}
