import { paymentDetailsFields, type PaymentDetails } from '../../shared/invoices'
import type { Reader, Writer } from '../db/door'
import { defineSetting, readSetting, writeSetting } from '../settings'

const paymentSetting = defineSetting('invoices.payment', paymentDetailsFields, paymentDetailsFields.parse({}))

export function getPaymentDetails(db: Reader): Promise<PaymentDetails> {
  return readSetting(db, paymentSetting)
}

export async function setPaymentDetails(db: Writer, details: PaymentDetails): Promise<PaymentDetails> {
  await writeSetting(db, paymentSetting, details)
  return getPaymentDetails(db)
}
