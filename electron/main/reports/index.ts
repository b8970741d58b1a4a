/** The PDF reports and their branding, as the rest of the app uses them. */
export { reportHandlers } from './handlers'
export { renderReport } from './render'
export { renderAgreement } from './agreement'
