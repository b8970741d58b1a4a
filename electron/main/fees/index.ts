/** How contracts are billed, as the rest of the app uses it. */
export { feeHandlers } from './handlers'
export { engagementBillingDetails, getBillingTerms, getSponsorBilling, lateCancelledSessionIds, retainerMonthsBegun } from './service'
