import { readTogether, write, type DomainHandlers } from '../db/door'
import { getBillingTerms, getSponsorBilling, setCancelledLate, setSponsorBilling, updateBillingTerms } from './service'

export const feeHandlers: DomainHandlers<'fees'> = {
  'fees:get': readTogether((reader, input) => getBillingTerms(reader, input)),
  'fees:update': write((writer, input) => updateBillingTerms(writer, input)),
  'fees:setCancelledLate': write((writer, input) => setCancelledLate(writer, input)),
  'fees:getSponsorBilling': (reader, { organisationId }) => getSponsorBilling(reader, organisationId),
  'fees:setSponsorBilling': write((writer, input) => setSponsorBilling(writer, input))
}
