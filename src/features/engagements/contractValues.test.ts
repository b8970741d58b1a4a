import { describe, expect, it } from 'vitest'
import { api } from '../../lib/api'
import { contractValuesOf, EMPTY_CONTRACT, feeDigits, toContractFields, type ContractValues } from './contractValues'

const typed = (values: Partial<ContractValues>): ContractValues => ({ ...EMPTY_CONTRACT, kindId: 1, ...values })

describe('the fee as typed and as stored', () => {
  it('stores an amount in the currency’s minor unit, rounded to it', () => {
    expect(toContractFields(typed({ feeBasis: 'package', feeAmount: 1250.5, feeCurrency: 'EUR' })).fee).toEqual({ amountMinor: 125050, currency: 'EUR', basis: 'package' })
    // Floating point makes 0.1 + 0.2 slightly more than 0.3; the cents stay whole.
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: 0.1 + 0.2, feeCurrency: 'GBP' })).fee?.amountMinor).toBe(30)
    // The yen has no minor unit; the dinar has three decimals.
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: 15000, feeCurrency: 'JPY' })).fee?.amountMinor).toBe(15000)
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: 1.234, feeCurrency: 'KWD' })).fee?.amountMinor).toBe(1234)
  })

  it('sends no fee when none is recorded, whatever was typed before', () => {
    expect(toContractFields(typed({ feeBasis: null, feeAmount: 150, feeCurrency: 'EUR' })).fee).toBeNull()
  })

  it('sends an empty amount as no number, for the contract to refuse, never as 0', () => {
    expect(toContractFields(typed({ feeBasis: 'package', feeAmount: null, feeCurrency: 'EUR' })).fee?.amountMinor).toBeNaN()
  })

  it('keeps the currency typed (trimmed) for the contract to judge, with cents until it is a real one', () => {
    expect(toContractFields(typed({ feeBasis: 'package', feeAmount: 99.99, feeCurrency: ' eu ' })).fee).toEqual({ amountMinor: 9999, currency: 'eu', basis: 'package' })
    expect(feeDigits('')).toBe(2)
    expect(feeDigits('JPY')).toBe(0)
    expect(feeDigits(' kwd ')).toBe(3)
  })

  it('shows a stored contract in the form so that saving it unchanged stores the same', async () => {
    const client = await api.clients.create({ name: 'Zoë Ødegård' })
    const { items } = await api.engagements.listKinds({})
    const created = await api.engagements.create({
      clientId: client.id,
      kindId: items.find((kind) => kind.name === 'Executive coaching')!.id,
      status: 'active',
      startDate: '2026-01-05',
      fee: { amountMinor: 125050, currency: 'EUR', basis: 'package' },
      sponsorReporting: 'progress',
      disposalOn: '2033-01-05'
    })
    const values = contractValuesOf(created)
    expect(values).toMatchObject({ feeBasis: 'package', feeAmount: 1250.5, feeCurrency: 'EUR', title: '', plannedEndDate: '' })
    const saved = await api.engagements.update({ ...toContractFields(values), id: created.id })
    const { updatedAt: _before, ...asCreated } = created
    const { updatedAt: _after, ...asSaved } = saved
    expect(asSaved).toEqual(asCreated)
  })
})

describe('the rest of the contract', () => {
  it('leaves empty length and cadence to the kind’s defaults, and empty sessions open-ended', () => {
    const fields = toContractFields(typed({ plannedSessions: null, sessionMinutes: null, cadence: null }))
    expect(fields.sessionMinutes).toBeUndefined()
    expect(fields.cadence).toBeUndefined()
    expect(fields.plannedSessions).toBeNull()
  })

  it('sends no kind chosen as 0, which the contract refuses with a message to choose one', () => {
    expect(toContractFields(typed({ kindId: null })).kindId).toBe(0)
  })
})
