/** The clients domain as the rest of the app uses it. */
export { clientHandlers } from './handlers'
export { deleteClient, getClient, searchTextOf } from './service'
