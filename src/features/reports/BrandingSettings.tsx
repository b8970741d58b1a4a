import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { brandingFields, type Branding, type BrandingFields } from '../../../electron/shared/reports'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { TextControl } from '../../components/controlled'
import { Field } from '../../components/Field'
import { notify } from '../../components/Toasts'
import { FormError } from '../../components/FormError'
import { showServerError } from '../../components/formErrors'
import { messageOf } from '../../lib/api'
import { useBranding, useChooseLogo, useClearLogo, useSaveBranding } from './queries'
import './reports.css'

type FormValues = z.input<typeof brandingFields>

const TEXT_FIELDS = [
  { name: 'practiceName', label: 'Practice name' },
  { name: 'coachName', label: 'Coach name' },
  { name: 'credentials', label: 'Credentials', description: 'Printed after your name, such as “PCC, ICF”.' },
  { name: 'contactLine', label: 'Contact line', description: 'Email, phone, website: one line under your name.' }
] as const

const FIELDS = { fields: [...TEXT_FIELDS.map((spec) => spec.name), 'accentColour'] as const }

function valuesOf(branding: Branding): Required<FormValues> {
  return {
    practiceName: branding.practiceName ?? '',
    coachName: branding.coachName ?? '',
    credentials: branding.credentials ?? '',
    contactLine: branding.contactLine ?? '',
    accentColour: branding.accentColour
  }
}

/** The Settings section for what every PDF report carries: practice, coach, contact, logo and accent colour. */
export function BrandingSettings() {
  const branding = useBranding()
  return (
    <section className="branding-settings" aria-labelledby="branding-title">
      <h2 id="branding-title">Report branding</h2>
      <p className="settings-hint">Printed on every PDF report you export: the summary, the action plan and the progress report.</p>
      {branding.isError ? (
        <p className="form-error" role="alert">
          {messageOf(branding.error)}
        </p>
      ) : branding.data ? (
        <>
          <LogoPicker branding={branding.data} />
          <BrandingForm key={JSON.stringify(valuesOf(branding.data))} branding={branding.data} />
        </>
      ) : null}
    </section>
  )
}

function LogoPicker({ branding }: { branding: Branding }) {
  const choose = useChooseLogo()
  const clear = useClearLogo()
  const [confirming, setConfirming] = useState(false)

  const chooseLogo = async () => {
    try {
      const before = branding.logo?.dataUrl
      const after = await choose.mutateAsync({})
      if (after.logo && after.logo.dataUrl !== before) notify({ title: 'Logo added' })
    } catch (error) {
      notify({ title: 'That logo was not added', description: messageOf(error) })
    }
  }
  const removeLogo = async () => {
    setConfirming(false)
    try {
      await clear.mutateAsync({})
      notify({ title: 'Logo removed' })
    } catch (error) {
      notify({ title: 'The logo was not removed', description: messageOf(error) })
    }
  }

  return (
    <div className="branding-logo">
      <div className="branding-logo-preview">
        {branding.logo ? <img src={branding.logo.dataUrl} alt="Report logo" /> : <span>No logo</span>}
      </div>
      <div className="toolbar">
        <Button onPress={() => void chooseLogo()} isPending={choose.isPending}>
          Choose logo…
        </Button>
        {branding.logo ? <Button onPress={() => setConfirming(true)}>Remove logo</Button> : null}
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title="Remove the logo?"
        confirmLabel="Remove logo"
        destructive
        onConfirm={() => void removeLogo()}
        onCancel={() => setConfirming(false)}
      >
        Reports exported from now on carry no logo. To use it again, choose the image file again.
      </ConfirmDialog>
    </div>
  )
}

function BrandingForm({ branding }: { branding: Branding }) {
  const save = useSaveBranding()
  const form = useForm<FormValues, unknown, BrandingFields>({
    defaultValues: valuesOf(branding),
    resolver: zodResolver(brandingFields),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError } = form

  const submit = handleSubmit(async (fields) => {
    try {
      await save.mutateAsync(fields)
      notify({ title: 'Branding saved' })
    } catch (error) {
      showServerError(setError, error, FIELDS)
    }
  })

  const accent = useWatch({ control, name: 'accentColour' }) ?? ''
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="Report branding">
      <FormError message={formState.errors.root?.message} />
      <div className="form-grid">
        {TEXT_FIELDS.map((spec) => (
          <TextControl
            key={spec.name}
            control={control}
            name={spec.name}
            label={spec.label}
            description={'description' in spec ? spec.description : undefined}
          />
        ))}
        <Controller
          control={control}
          name="accentColour"
          render={({ field, fieldState }) => (
            <div className="branding-colour">
              <Field
                label="Accent colour"
                description="A # and six hex digits, such as #2d6a8e. Used sparingly: rules, chart lines."
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
              <span
                className="branding-swatch"
                aria-hidden="true"
                style={{ background: /^#[0-9a-fA-F]{6}$/.test(accent.trim()) ? accent.trim() : 'transparent' }}
              />
            </div>
          )}
        />
      </div>
      <div className="branding-actions">
        <Button type="submit" variant="primary" isPending={formState.isSubmitting}>
          Save branding
        </Button>
      </div>
    </form>
  )
}
