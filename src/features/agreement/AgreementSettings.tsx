import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { AGREEMENT_PLACEHOLDERS, AGREEMENT_PLACEHOLDER_NAMES, agreementContract, type AgreementTemplate } from '../../../electron/shared/agreement'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextControl } from '../../components/controlled'
import { FormError } from '../../components/FormError'
import { showServerError } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useAgreementTemplate, useResetAgreementTemplate, useSaveAgreementTemplate } from './queries'
import './agreement.css'

const templateInput = agreementContract['agreement:setTemplate'].input
type FormValues = z.input<typeof templateInput>
const FIELDS = { fields: ['template'] as const }

/** The wording of the coaching agreement every engagement's contract exports, with the placeholders it may use. */
export function AgreementSettings() {
  const template = useAgreementTemplate()
  return (
    <section className="agreement-settings" aria-labelledby="agreement-settings-title">
      <h2 id="agreement-settings-title">Coaching agreement</h2>
      <p className="settings-hint">
        The wording of the agreement you export from an engagement’s contract. A line starting with “## ” is a heading; a placeholder in
        braces is filled from the contract.
      </p>
      {template.isError ? (
        <p className="form-error" role="alert">
          {messageOf(template.error)}
        </p>
      ) : template.data ? (
        <TemplateForm key={template.data.template} saved={template.data} />
      ) : null}
      <details className="agreement-placeholders">
        <summary>Placeholders</summary>
        <dl className="details">
          {AGREEMENT_PLACEHOLDER_NAMES.map((name) => (
            <div className="detail-row" key={name}>
              <dt>
                <code>{`{${name}}`}</code>
              </dt>
              <dd>{AGREEMENT_PLACEHOLDERS[name]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  )
}

function TemplateForm({ saved }: { saved: AgreementTemplate }) {
  const save = useSaveAgreementTemplate()
  const reset = useResetAgreementTemplate()
  const [confirmingReset, setConfirmingReset] = useState(false)
  const form = useForm<FormValues, unknown, z.output<typeof templateInput>>({
    defaultValues: { template: saved.template },
    resolver: zodResolver(templateInput),
    mode: 'onSubmit'
  })
  const { control, formState, handleSubmit, setError } = form

  const submit = handleSubmit(async (fields) => {
    try {
      await save.mutateAsync(fields)
      notify({ title: 'Agreement wording saved' })
    } catch (error) {
      showServerError(setError, error, FIELDS)
    }
  })

  const resetToDefault = async () => {
    setConfirmingReset(false)
    try {
      await reset.mutateAsync({})
      notify({ title: 'Agreement wording reset to the default' })
    } catch (error) {
      notify({ title: 'The wording was not reset', description: messageOf(error) })
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="Coaching agreement wording">
      <FormError message={formState.errors.root?.message} />
      <TextControl control={control} name="template" label="Agreement wording" multiline rows={18} className="agreement-template" />
      <div className="toolbar">
        <Button type="submit" variant="primary" isPending={formState.isSubmitting}>
          Save wording
        </Button>
        <Button onPress={() => setConfirmingReset(true)} isDisabled={saved.isDefault} isPending={reset.isPending}>
          Reset to default…
        </Button>
      </div>
      <ConfirmDialog
        isOpen={confirmingReset}
        title="Reset the agreement’s wording?"
        confirmLabel="Reset to default"
        destructive
        onConfirm={() => void resetToDefault()}
        onCancel={() => setConfirmingReset(false)}
      >
        Your own wording is replaced by Coachbook’s default. Agreements already exported keep the words they were printed with.
      </ConfirmDialog>
    </form>
  )
}
