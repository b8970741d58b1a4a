import { useState } from 'react'
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type Template, type TemplateKind, type TemplateSection } from '../../../electron/shared/templates'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { useRefusal } from '../../components/formErrors'
import { useCreateTemplate, useUpdateTemplate } from './queries'

const FIELDS = { fields: ['name', 'kind', 'sections'] as const }

interface TemplateDialogProps {
  /** The coach's template to change; left out, the dialog adds a new one. */
  template?: Template
  onSaved(): void
  onCancel(): void
}

/** A template's name and sections, each a heading and a prompt; sections are added, removed and edited in place. */
export function TemplateDialog({ template, onSaved, onCancel }: TemplateDialogProps) {
  const create = useCreateTemplate()
  const update = useUpdateTemplate()
  const [name, setName] = useState(template?.name ?? '')
  const [kind, setKind] = useState<TemplateKind>(template?.kind ?? 'session')
  const [sections, setSections] = useState<TemplateSection[]>(template?.sections ?? [{ heading: '', prompt: '' }])
  const refusal = useRefusal(FIELDS)
  const change = (index: number, part: Partial<TemplateSection>) =>
    setSections((current) => current.map((section, at) => (at === index ? { ...section, ...part } : section)))

  const callbacks = {
    onSuccess: (saved: Template) => {
      notify({ title: template ? `${saved.name} saved` : `${saved.name} added to the templates` })
      onSaved()
    },
    onError: refusal.show
  }
  const save = () => {
    if (template?.id) update.mutate({ id: template.id, name, sections }, callbacks)
    else create.mutate({ kind, name, sections }, callbacks)
  }

  return (
    <FormDialog
      isOpen
      title={template ? 'Edit template' : 'New template'}
      submitLabel={template ? 'Save template' : 'Add template'}
      error={refusal.general ?? refusal.on('sections')}
      isPending={create.isPending || update.isPending}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field label="Name" isRequired value={name} onChange={setName} error={refusal.on('name')} placeholder="e.g. Weekly check-in" />
      {template ? null : (
        <SelectField<TemplateKind>
          label="For"
          options={TEMPLATE_KINDS.map((value) => ({ value, label: TEMPLATE_KIND_LABELS[value] }))}
          value={kind}
          onChange={setKind}
        />
      )}
      <fieldset className="template-sections">
        <legend>Sections</legend>
        {sections.map((section, index) => (
          <div key={index} className="template-section" role="group" aria-label={`Section ${index + 1}`}>
            <Field label={`Heading of section ${index + 1}`} isRequired value={section.heading} onChange={(heading) => change(index, { heading })} />
            <Field label={`Prompt of section ${index + 1}`} multiline rows={2} value={section.prompt} onChange={(prompt) => change(index, { prompt })} />
            <Button
              variant="quiet"
              isDisabled={sections.length === 1}
              onPress={() => setSections((current) => current.filter((_, at) => at !== index))}
              aria-label={`Remove section ${index + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button variant="quiet" onPress={() => setSections((current) => [...current, { heading: '', prompt: '' }])}>
          Add section
        </Button>
      </fieldset>
    </FormDialog>
  )
}
