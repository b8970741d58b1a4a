import { describe, expect, it } from 'vitest'
import { api } from '../../lib/api'
import { contractChecks, contractValuesOf, EMPTY_CONTRACT, toContractFields, type ContractValues } from './contractValues'

const typed = (values: Partial<ContractValues>): ContractValues => ({ ...EMPTY_CONTRACT, kindId: 1, ...values })

describe('the fee as typed and as stored', () => {
  it('stores an amount typed in the coach’s locale in the currency’s minor unit, digit by digit', () => {
    expect(toContractFields(typed({ feeBasis: 'package', feeAmount: '1,250.5', feeCurrency: 'EUR' })).fee).toEqual({ amountMinor: 125050, currency: 'EUR', basis: 'package' })
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: '0.29', feeCurrency: 'GBP' })).fee?.amountMinor).toBe(29)
    // The yen has no minor unit; the dinar has three decimals.
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: '15000', feeCurrency: 'JPY' })).fee?.amountMinor).toBe(15000)
    expect(toContractFields(typed({ feeBasis: 'per_session', feeAmount: '1.234', feeCurrency: 'kwd' })).fee?.amountMinor).toBe(1234)
  })

  it('sends no fee when none is recorded, whatever was typed before', () => {
    expect(toContractFields(typed({ feeBasis: null, feeAmount: '150', feeCurrency: 'EUR' })).fee).toBeNull()
    expect(contractChecks(typed({ feeBasis: null, feeAmount: 'lots', feeCurrency: '' }))).toEqual({})
  })

  it('says what is wrong with an amount as typed, and sends it as no number, never as 0 or rounded', () => {
    const sent = (feeAmount: string, feeCurrency = 'EUR') => typed({ feeBasis: 'package', feeAmount, feeCurrency })
    expect(toContractFields(sent('')).fee?.amountMinor).toBeNaN()
    expect(contractChecks(sent(''))).toEqual({ feeAmount: 'Enter the amount.' })
    expect(toContractFields(sent('19.999')).fee?.amountMinor).toBeNaN()
    expect(contractChecks(sent('19.999')).feeAmount).toMatch(/^EUR has 2 digits after the decimal point/)
    expect(contractChecks(sent('150', ' eu '))).toEqual({ feeAmount: 'Choose the currency: the amount is read in its units.' })
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
    expect(values).toMatchObject({ feeBasis: 'package', feeAmount: '1,250.50', feeCurrency: 'EUR', title: '', plannedEndDate: '' })
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
