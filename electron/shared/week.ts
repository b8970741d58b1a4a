import { addDays, momentOf, todayOf } from './dates'

/** ISO weekday numbers, as Intl's week information gives them: 1 is Monday, 7 Sunday. */
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Regions whose weeks start on Sunday or Saturday, for engines that give no week information (CLDR's firstDay data). */
const SUNDAY_FIRST = new Set([
  'AG', 'AS', 'BD', 'BR', 'BS', 'BT', 'BW', 'BZ', 'CA', 'CN', 'CO', 'DM', 'DO', 'ET', 'GT', 'GU', 'HK', 'HN', 'ID', 'IL',
  'IN', 'JM', 'JP', 'KE', 'KH', 'KR', 'LA', 'MH', 'MM', 'MO', 'MT', 'MX', 'MZ', 'NI', 'NP', 'PA', 'PE', 'PH', 'PK', 'PR',
  'PT', 'PY', 'SA', 'SG', 'SV', 'TH', 'TT', 'TW', 'UM', 'US', 'VE', 'VI', 'WS', 'YE', 'ZA', 'ZW'
])
const SATURDAY_FIRST = new Set(['AE', 'AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY'])

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: Weekday }
  weekInfo?: { firstDay: Weekday }
}

/**
 * The first day of the week where the coach lives, from their locale: Intl.Locale's week
 * information where the engine has it (getWeekInfo(), or the older weekInfo), else the
 * region's custom, else Monday (ISO 8601).
 */
export function firstDayOfWeek(locale: string): Weekday {
  let parsed: Intl.Locale
  try {
    parsed = new Intl.Locale(locale)
  } catch {
    return 1
  }
  const withInfo = parsed as Intl.Locale & WeekInfoLocale
  const info = withInfo.getWeekInfo?.() ?? withInfo.weekInfo
  if (info) return info.firstDay
  const region = parsed.maximize().region ?? ''
  return SUNDAY_FIRST.has(region) ? 7 : SATURDAY_FIRST.has(region) ? 6 : 1
}

/** The start of a day on this machine's calendar, in UTC. */
function startOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return momentOf({ year, month, day: date, hour: 0, minute: 0 })
}

/**
 * The coach's today and this week, on this machine's calendar and clock, the week
 * starting on the locale's first day: Today's sections and the bounds 'today:overview' takes.
 */
export function todayAndWeek(locale: string, now: Date = new Date()) {
  const today = todayOf(now)
  const [year, month, date] = today.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay() || 7
  const daysIntoWeek = (weekday - firstDayOfWeek(locale) + 7) % 7
  const weekStart = addDays(today, -daysIntoWeek)
  const weekEnd = addDays(weekStart, 6)
  return {
    today,
    weekStart,
    weekEnd,
    todayFrom: startOf(today),
    tomorrowFrom: startOf(addDays(today, 1)),
    weekUntil: startOf(addDays(weekEnd, 1))
  }
}
