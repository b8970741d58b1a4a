/** How contracts are billed, as the rest of the app uses it. */
export { feeHandlers } from './handlers'
export { getBillingTerms, getSponsorBilling } from './service'
