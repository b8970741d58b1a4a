/** The clients domain as the rest of the app uses it. */
export { clientHandlers } from './handlers'
export { clientNames, deleteClient, getClient, hasClients, searchTextOf } from './service'
