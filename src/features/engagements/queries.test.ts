import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { actionKeys } from '../actions/queries'
import { assessmentKey } from '../assessment/queries'
import { clientKeys } from '../clients/queries'
import { goalKeys } from '../goals/queries'
import { reviewKeys } from '../reviews/queries'
import { sessionKeys } from '../sessions/queries'
import { engagementKeys } from './queries'

/** Every screen inside one engagement, by the key its data is cached under. */
const screensOf = (engagementId: number): QueryKey[] => [
  engagementKeys.detail(engagementId),
  goalKeys.list(engagementId),
  goalKeys.growthAreas(engagementId),
  actionKeys.open(engagementId, '2026-03-14'),
  actionKeys.forGoal(engagementId, 2, '2026-03-14'),
  assessmentKey(engagementId),
  reviewKeys.list(engagementId),
  reviewKeys.summary(engagementId, 'sponsor'),
  sessionKeys.list(engagementId),
  sessionKeys.one(engagementId, 9),
  sessionKeys.commitments(engagementId, 9, '2026-03-14')
]

function cacheWith(keys: QueryKey[]): QueryClient {
  const queryClient = new QueryClient()
  for (const key of keys) queryClient.setQueryData(key, { cached: true })
  return queryClient
}

const stale = (queryClient: QueryClient, key: QueryKey) => queryClient.getQueryState(key)?.isInvalidated

describe('query keys', () => {
  it('refresh every screen of an engagement on a change inside it, and no other engagement’s', async () => {
    const queryClient = cacheWith([...screensOf(5), ...screensOf(6), clientKeys.detail(5)])
    await queryClient.invalidateQueries({ queryKey: engagementKeys.one(5) })
    for (const key of screensOf(5)) expect(stale(queryClient, key), JSON.stringify(key)).toBe(true)
    for (const key of screensOf(6)) expect(stale(queryClient, key), JSON.stringify(key)).toBe(false)
    // Client 5 is another record that happens to have the same number.
    expect(stale(queryClient, clientKeys.detail(5))).toBe(false)
  })

  it('refresh every engagement at once when one change may touch them all (a kind renamed)', async () => {
    const queryClient = cacheWith([...screensOf(5), ...screensOf(6)])
    await queryClient.invalidateQueries({ queryKey: engagementKeys.all })
    for (const key of [...screensOf(5), ...screensOf(6)]) expect(stale(queryClient, key), JSON.stringify(key)).toBe(true)
  })

  it('cache each filter of the client list apart, and refresh them all with any client change', async () => {
    const archived = clientKeys.list({ query: '', archived: 'archived' })
    const active = clientKeys.list({ query: 'zo', archived: 'active' })
    const queryClient = cacheWith([archived, active, engagementKeys.forClient(5)])
    queryClient.setQueryData(active, { cached: 'active' })
    expect(queryClient.getQueryData(archived)).toEqual({ cached: true })
    await queryClient.invalidateQueries({ queryKey: clientKeys.all })
    expect(stale(queryClient, archived)).toBe(true)
    expect(stale(queryClient, active)).toBe(true)
    expect(stale(queryClient, engagementKeys.forClient(5))).toBe(false)
  })
})
