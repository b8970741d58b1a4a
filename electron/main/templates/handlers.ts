import { write, type DomainHandlers } from '../db/door'
import { copyTemplate, createTemplate, deleteTemplate, listTemplates, updateTemplate } from './service'

export const templateHandlers: DomainHandlers<'templates'> = {
  'templates:list': (reader, { kind }) => listTemplates(reader, kind),
  'templates:create': write((writer, input) => createTemplate(writer, input)),
  'templates:update': write((writer, input) => updateTemplate(writer, input)),
  'templates:copy': write((writer, { from }) => copyTemplate(writer, from)),
  'templates:delete': write((writer, { id }) => deleteTemplate(writer, id))
}
