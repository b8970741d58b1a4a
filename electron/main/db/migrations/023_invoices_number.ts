import type { Migration } from '../migrator'

/**
 * Schema version 23 belongs to the invoices' tables, which come with their own migration;
 * until then the number changes nothing, so that 24 and every later version mean the same
 * schema in every practice file.
 */
export const migration023InvoicesNumber: Migration = {
  version: 23,
  name: 'invoices_number',
  up() {}
}
