/** The templates domain as the rest of the app uses it. */
export { templateHandlers } from './handlers'
