/** The search as the rest of the app uses it (the index itself is part of the schema: fold, functions, schema, sources). */
export { searchHandlers } from './handlers'
