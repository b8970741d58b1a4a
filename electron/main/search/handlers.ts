import { readTogether, type DomainHandlers } from '../db/door'
import { search } from './service'

export const searchHandlers: DomainHandlers<'search'> = {
  'search:query': readTogether((reader, input) => search(reader, input))
}
