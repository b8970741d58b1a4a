import { write, type DomainHandlers } from '../db/door'
import {
  archiveClient,
  createClient,
  deleteClient,
  getClient,
  listClients,
  restoreClient,
  updateClient
} from './service'

export const clientHandlers: DomainHandlers<'clients'> = {
  'clients:list': (reader, input) => listClients(reader, input),
  'clients:get': (reader, { id }) => getClient(reader, id),
  'clients:create': write((writer, input) => createClient(writer, input)),
  'clients:update': write((writer, input) => updateClient(writer, input)),
  'clients:archive': write((writer, { id }) => archiveClient(writer, id)),
  'clients:restore': write((writer, { id }) => restoreClient(writer, id)),
  'clients:delete': write((writer, { id }) => deleteClient(writer, id))
}
