import { effect, readTogether, write, type DomainHandlers } from '../db/door'
import { getPaymentDetails, setPaymentDetails } from './paymentDetails'
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
/** The PDF is written with the reports (reports/invoice.ts), which register it. */
export type InvoiceExports = 'invoices:exportPdf'

export function invoiceHandlers({ facts }: { facts: { dataDir: string } }): Omit<DomainHandlers<'invoices'>, InvoiceExports> {
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
    'invoices:paymentDetails': (reader) => getPaymentDetails(reader),
    'invoices:setPaymentDetails': write((writer, input) => setPaymentDetails(writer, input)),
    // The claim is in the practice first: a file written for a claim that failed would issue from a taken series.
    'invoices:setSeries': effect(async (door, { prefix: wanted }) => {
      await door.write((writer) => claimPrefix(writer, wanted, prefix()))
      writeMachinePrefix(facts.dataDir, wanted)
      return seriesOverview(door.reader, wanted)
    })
  }
}
