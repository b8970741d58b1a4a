/** Settings' "About & diagnostics", as the rest of the app uses it. */
export { diagnosticsHandlers } from './handlers'
