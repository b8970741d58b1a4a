import type { ChannelInput } from '../../electron/shared/contract'
import { api } from '../lib/api'

/** Zoë Ødegård's executive coaching from 5 January 2026 with the fee given, through the real handlers. */
export async function engagementWithFee(fee: NonNullable<ChannelInput<'engagements:create'>['fee']>, fields: Partial<ChannelInput<'engagements:create'>> = {}) {
  const client = await api.clients.create({ name: 'Zoë Ødegård' })
  const { items } = await api.engagements.listKinds({})
  return api.engagements.create({
    clientId: client.id,
    kindId: items.find((kind) => kind.name === 'Executive coaching')!.id,
    status: 'active',
    startDate: '2026-01-05',
    fee,
    ...fields
  })
}
