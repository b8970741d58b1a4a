import { effect, readTogether, write, type DomainHandlers } from '../db/door'
import { claimPrefix, readMachinePrefix, seriesOverview, writeMachinePrefix } from './series'
import {
  createDraft,
  deleteDraft,
  getInvoice,
  issueInvoice,
  listInvoicesForEngagement,
  overdueInvoices,
  addPayment,
  suggestLines,
  updateDraft,
  voidInvoice
} from './service'

/** `dataDir`: this computer's data folder, where its series prefix is kept. */
export function invoiceHandlers({ facts }: { facts: { dataDir: string } }): DomainHandlers<'invoices'> {
  const prefix = () => readMachinePrefix(facts.dataDir)
  return {
    'invoices:listForEngagement': readTogether((reader, input) => listInvoicesForEngagement(reader, input)),
    'invoices:get': readTogether((reader, input) => getInvoice(reader, input)),
    'invoices:suggestions': readTogether((reader, input) => suggestLines(reader, input)),
    'invoices:createDraft': write((writer, input) => createDraft(writer, input)),
    'invoices:updateDraft': write((writer, input) => updateDraft(writer, input)),
    'invoices:deleteDraft': write((writer, input) => deleteDraft(writer, input)),
    'invoices:issue': write((writer, input) => issueInvoice(writer, input, prefix())),
    'invoices:addPayment': write((writer, input) => addPayment(writer, input)),
    'invoices:void': write((writer, input) => voidInvoice(writer, input, prefix())),
    'invoices:overdue': readTogether((reader, input) => overdueInvoices(reader, input)),
    'invoices:series': (reader) => seriesOverview(reader, prefix()),
    // The claim is in the practice first: a file written for a claim that failed would issue from a taken series.
    'invoices:setSeries': effect(async (door, { prefix: wanted }) => {
      await door.write((writer) => claimPrefix(writer, wanted, prefix()))
      writeMachinePrefix(facts.dataDir, wanted)
      return seriesOverview(door.reader, wanted)
    })
  }
}
