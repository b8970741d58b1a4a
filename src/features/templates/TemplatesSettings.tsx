import { useState } from 'react'
import { TEMPLATE_KIND_LABELS, type Template } from '../../../electron/shared/templates'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { TemplateDialog } from './TemplateDialog'
import { templateKey } from './TemplatePicker'
import { useCopyTemplate, useDeleteTemplate, useTemplates } from './queries'
import './templates.css'

type Open = { dialog: 'new' } | { dialog: 'edit' | 'delete'; template: Template } | null

/** Settings › Templates: the built-in templates to copy, and the coach's own to edit, copy or delete. */
export function TemplatesSettings() {
  const templates = useTemplates()
  const copy = useCopyTemplate()
  const remove = useDeleteTemplate()
  const [open, setOpen] = useState<Open>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const close = () => setOpen(null)
  const copyOf = (template: Template) =>
    copy.mutate(
      { from: template.id ?? template.builtIn! },
      {
        onSuccess: (made) => {
          setProblem(null)
          notify({ title: `${made.name} added: edit it as you like` })
        },
        onError: (error) => setProblem(messageOf(error))
      }
    )
  const confirmDelete = (template: Template) =>
    remove.mutate(
      { id: template.id! },
      {
        onSuccess: () => {
          notify({ title: `${template.name} deleted` })
          close()
        },
        onError: (error) => {
          setProblem(messageOf(error))
          close()
        }
      }
    )
  return (
    <section aria-labelledby="templates-title" className="templates-settings">
      <div className="kinds-settings-header">
        <h2 id="templates-title">Templates</h2>
        <Button onPress={() => setOpen({ dialog: 'new' })}>New template…</Button>
      </div>
      <p className="muted">
        A new session’s notes or a new intake note can start from a template: its sections and prompts, for you to write
        under. Copy a built-in one to make it your own. Editing or deleting a template never changes notes already made from it.
      </p>
      {templates.isError ? <p role="alert" className="form-error">{messageOf(templates.error)}</p> : null}
      {problem ? <p role="alert" className="form-error">{problem}</p> : null}
      <ul className="kind-list" aria-label="Templates">
        {templates.data?.items.map((template) => (
          <li key={templateKey(template)} className="kind-row">
            <div>
              <span className="kind-name">{template.name}</span>
              <span className="badge">{TEMPLATE_KIND_LABELS[template.kind]}</span>
              {template.builtIn ? <span className="badge">Built in</span> : null}
              <div className="list-item-meta">{template.sections.map((section) => section.heading).join(' · ')}</div>
            </div>
            <div className="toolbar">
              {template.builtIn ? null : (
                <Button variant="quiet" onPress={() => setOpen({ dialog: 'edit', template })} aria-label={`Edit ${template.name}`}>
                  Edit…
                </Button>
              )}
              <Button variant="quiet" onPress={() => copyOf(template)} aria-label={`Copy ${template.name}`}>
                Copy
              </Button>
              {template.builtIn ? null : (
                <Button variant="quiet" onPress={() => setOpen({ dialog: 'delete', template })} aria-label={`Delete ${template.name}`}>
                  Delete…
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {open?.dialog === 'new' ? <TemplateDialog onSaved={close} onCancel={close} /> : null}
      {open?.dialog === 'edit' ? <TemplateDialog template={open.template} onSaved={close} onCancel={close} /> : null}
      <ConfirmDialog
        isOpen={open?.dialog === 'delete'}
        title={open?.dialog === 'delete' ? `Delete the template “${open.template.name}”?` : ''}
        confirmLabel="Delete template"
        destructive
        onConfirm={() => open?.dialog === 'delete' && confirmDelete(open.template)}
        onCancel={close}
      >
        <p>Notes already started from it keep every word. Undo (Ctrl/Cmd+Z) brings the template back.</p>
      </ConfirmDialog>
    </section>
  )
}
