/** The clients domain as the rest of the app uses it. */
export { clientHandlers } from './handlers'
export { clientNames, deleteClient, getClient, hasClients, listClients, searchTextOf } from './service'
export { narrowingKey, narrowingOf, narrowingParameters, hasHeldSince, type Narrowing, type NarrowingParameters } from './listFilters'
export { mergeClientWords } from './words'
