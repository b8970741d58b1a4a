import type { Template, TemplateKind } from '../../../electron/shared/templates'
import { SelectField } from '../../components/SelectField'
import { useTemplates } from './queries'

/** A template's key in a list: the built-in's own, or the coach's template's id. */
export const templateKey = (template: Template) => template.builtIn ?? `own:${template.id}`

/** "Start from a template": the built-in templates and the coach's own of the kind, or none. */
export function TemplatePicker({ kind, value, onChange }: { kind: TemplateKind; value: Template | null; onChange(template: Template | null): void }) {
  const templates = useTemplates(kind)
  const items = templates.data?.items ?? []
  return (
    <SelectField
      label="Start from a template"
      none="No template"
      description="Its sections and prompts go into the notes, for you to write under."
      options={items.map((template) => ({ value: templateKey(template), label: template.name }))}
      value={value ? templateKey(value) : null}
      onChange={(key) => onChange(items.find((template) => templateKey(template) === key) ?? null)}
    />
  )
}
