import { useSearchParams } from 'react-router'
import { clientFilter, engagementFilter, type ClientFilter, type EngagementFilter, type SavedFilterTarget } from '../../../electron/shared/filters'

// A list's filter lives in the address (`/clients?tag=executive&since=weeks4`): a saved
// filter in the sidebar is a link to its list with its filter, and going back and forth
// keeps what the coach chose.

const PARAMS = { tag: 'tag', kindId: 'kind', sponsorId: 'sponsor', sinceLastSession: 'since', archived: 'show', status: 'status' } as const
type FilterKey = keyof typeof PARAMS
const NUMBERS: readonly FilterKey[] = ['kindId', 'sponsorId']

function readParams(params: URLSearchParams): Record<string, unknown> {
  const read: Record<string, unknown> = {}
  for (const [key, name] of Object.entries(PARAMS) as [FilterKey, string][]) {
    const value = params.get(name)
    if (value !== null) read[key] = NUMBERS.includes(key) ? Number(value) : value
  }
  return read
}

/** The address's search part for a filter: only what narrows the list. */
export function searchOf(filter: Partial<Record<FilterKey, string | number | null>>): string {
  const params = new URLSearchParams()
  for (const [key, name] of Object.entries(PARAMS) as [FilterKey, string][]) {
    const value = filter[key]
    if (value !== null && value !== undefined && !(key === 'archived' && value === 'active')) params.set(name, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Where a saved filter opens: its list, narrowed. */
export function pathOf(target: SavedFilterTarget): string {
  return `/${target.list}${searchOf(target.filter)}`
}

/** A filter from the address, each part checked; one the app cannot read is left out rather than failing the list. */
function parsed<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, raw: Record<string, unknown>): T {
  const whole = schema.safeParse(raw)
  if (whole.success) return whole.data
  const kept = Object.fromEntries(Object.entries(raw).filter(([key, value]) => schema.safeParse({ [key]: value }).success))
  const fallback = schema.safeParse(kept)
  return fallback.success ? fallback.data : (schema.safeParse({}) as { success: true; data: T }).data
}

export function useClientFilter(): [ClientFilter, (filter: ClientFilter) => void] {
  const [params, setParams] = useSearchParams()
  return [parsed(clientFilter, readParams(params)), (filter) => setParams(searchOf(filter), { replace: true })]
}

export function useEngagementFilter(): [EngagementFilter, (filter: EngagementFilter) => void] {
  const [params, setParams] = useSearchParams()
  return [parsed(engagementFilter, readParams(params)), (filter) => setParams(searchOf(filter), { replace: true })]
}
