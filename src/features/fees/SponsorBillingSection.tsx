import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { SponsorBilling } from '../../../electron/shared/fees'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useRefusal } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { api } from '../../lib/api'
import { engagementKeys } from '../engagements/queries'

const sponsorBillingKey = (organisationId: number) => ['organisations', 'billing', organisationId] as const

/** Where a sponsor's invoices go: its billing contact, address and tax id. */
export function SponsorBillingSection({ organisationId, organisationName }: { organisationId: number; organisationName: string }) {
  const billing = useQuery({ queryKey: sponsorBillingKey(organisationId), queryFn: () => api.fees.getSponsorBilling({ organisationId }) })
  const [editing, setEditing] = useState(false)
  const details = billing.data
  return (
    <section aria-labelledby="sponsor-billing-heading">
      <div className="section-header">
        <h3 id="sponsor-billing-heading">Billing details</h3>
        <Button onPress={() => setEditing(true)} isDisabled={!details}>
          Edit billing details…
        </Button>
      </div>
      {details && (details.billingContact || details.billingAddress || details.taxId) ? (
        <dl className="details">
          <dt>Billing contact</dt>
          <dd>{details.billingContact || <span className="muted">—</span>}</dd>
          <dt>Billing address</dt>
          <dd className="notes">{details.billingAddress || <span className="muted">—</span>}</dd>
          <dt>Tax id</dt>
          <dd>{details.taxId || <span className="muted">—</span>}</dd>
        </dl>
      ) : (
        <p className="muted">None yet. Add them when {organisationName} pays for an engagement.</p>
      )}
      {editing && details ? <SponsorBillingDialog details={details} onClose={() => setEditing(false)} /> : null}
    </section>
  )
}

const FIELDS = { fields: ['billingContact', 'billingAddress', 'taxId'] as const }

function SponsorBillingDialog({ details, onClose }: { details: SponsorBilling; onClose(): void }) {
  const queryClient = useQueryClient()
  const [fields, setFields] = useState(details)
  const refusal = useRefusal(FIELDS)
  const save = useMutation({
    mutationFn: api.fees.setSponsorBilling,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sponsorBillingKey(details.organisationId) }),
        queryClient.invalidateQueries({ queryKey: engagementKeys.all })
      ])
  })
  const submit = async () => {
    try {
      await save.mutateAsync(fields)
      notify({ title: 'Billing details saved' })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }
  return (
    <FormDialog isOpen title="Billing details" submitLabel="Save billing details" error={refusal.general} isPending={save.isPending} onSubmit={() => void submit()} onCancel={onClose}>
      <Field
        label="Billing contact"
        value={fields.billingContact}
        onChange={(billingContact) => setFields({ ...fields, billingContact })}
        description="Who receives the invoices: a name, a department, an email address."
        error={refusal.on('billingContact')}
      />
      <Field label="Billing address" multiline rows={4} value={fields.billingAddress} onChange={(billingAddress) => setFields({ ...fields, billingAddress })} error={refusal.on('billingAddress')} />
      <Field label="Tax id" value={fields.taxId} onChange={(taxId) => setFields({ ...fields, taxId })} description="Their VAT or tax number, as it goes on an invoice." error={refusal.on('taxId')} />
    </FormDialog>
  )
}
