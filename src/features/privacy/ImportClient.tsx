import { useEffect, useEffectEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import type { ImportPreview } from '../../../electron/shared/privacy'
import { countOf, listOf, noun, pluralOf } from '../../../electron/shared/words'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { takeFirstRunNext } from '../firstRun/practiceState'
import { useImportClient, usePreviewImport } from './queries'
import './privacy.css'

/**
 * A client export read and previewed: `preview` asks main for one (the coach's choice in
 * the open dialog, or the file opened from outside the app), and `shown` is what the
 * confirmation dialog shows, until it closes.
 */
function usePreviewedImport() {
  const preview = usePreviewImport()
  const [shown, setShown] = useState<ImportPreview | null>(null)
  const start = (input: { opened?: boolean }, failedTitle = 'Nothing was imported') =>
    preview.mutate(input, {
      onSuccess: (result) => {
        if (result.status === 'preview') setShown(result)
      },
      onError: (error) => notify({ title: failedTitle, description: messageOf(error) })
    })
  const dialog = shown ? <ImportClientDialog preview={shown} onClose={() => setShown(null)} /> : null
  return { start, isPending: preview.isPending, dialog }
}

/**
 * Brings back a client from a Coachbook export (a .coachbook-client file, or client.json):
 * the coach chooses the file, sees what it would add, and only then imports it.
 */
export function ImportClientButton() {
  const { start, isPending, dialog } = usePreviewedImport()
  // Chosen on the first run ("Import a client export…"): the file is asked for as soon as the practice is open.
  const askIfChosenOnFirstRun = useEffectEvent(() => {
    if (takeFirstRunNext('importClient')) start({})
  })
  useEffect(() => askIfChosenOnFirstRun(), [])
  return (
    <>
      <Button onPress={() => start({})} isPending={isPending}>
        Import…
      </Button>
      {dialog}
    </>
  )
}

/** A client export the coach opened from outside the app (a double-click): its preview comes up on any screen, to confirm the import. */
export function OpenedClientExports() {
  const { start, dialog } = usePreviewedImport()
  const onOpened = useEffectEvent((name: string) => start({ opened: true }, `${name} was not imported`))
  useEffect(() => window.coachbookDesktop?.onOpenedClientExport?.((name) => onOpened(name)), [])
  return dialog
}

/** "Executive coaching · Completed · from 12 Jan 2026 · 3 sessions, 2 goals…" */
function engagementLine(engagement: ImportPreview['engagements'][number]): string {
  const counts = (
    [
      [engagement.sessions, noun('session')],
      [engagement.goals, noun('goal')],
      [engagement.actions, noun('action')],
      [engagement.assessmentItems, noun('assessment item')],
      [engagement.reviews, noun('review')]
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, forms]) => countOf(count, forms))
  return [
    engagement.kind,
    ENGAGEMENT_STATUS_WORDS[engagement.status].label,
    engagement.startDate ? `from ${formatDate(engagement.startDate)}` : null,
    counts.length > 0 ? listOf(counts) : 'nothing recorded yet'
  ]
    .filter(Boolean)
    .join(' · ')
}

function ImportClientDialog({ preview, onClose }: { preview: ImportPreview; onClose(): void }) {
  const navigate = useNavigate()
  const importClient = useImportClient()
  const [error, setError] = useState<string | null>(null)
  const { client } = preview
  const onImport = () =>
    importClient.mutate(
      { importId: preview.importId },
      {
        onSuccess: (imported) => {
          notify({ title: `${imported.client.name} imported`, description: `With ${countOf(imported.engagements, noun('engagement'))} and everything recorded in them.` })
          onClose()
          void navigate(`/clients/${imported.client.id}`)
        },
        onError: (failure) => setError(messageOf(failure))
      }
    )
  const adds = [
    ...(preview.newSponsors.length > 0 ? [`the ${pluralOf(preview.newSponsors.length, noun('sponsor'))} ${listOf(preview.newSponsors)}`] : []),
    ...(preview.newKinds.length > 0 ? [`the ${pluralOf(preview.newKinds.length, noun('kind'))} of engagement ${listOf(preview.newKinds)}`] : []),
    ...(preview.attachments > 0 ? [`${countOf(preview.attachments, noun('attachment'))} with their files`] : [])
  ]
  return (
    <FormDialog
      isOpen
      title={`Import ${client.name}?`}
      submitLabel="Import client"
      canSubmit={!preview.alreadyInPractice}
      error={
        error ??
        (preview.alreadyInPractice
          ? `${client.name} from this export is already in your practice. To replace that record, erase it first and import again.`
          : null)
      }
      isPending={importClient.isPending}
      onSubmit={onImport}
      onCancel={onClose}
    >
      <div className="import-preview">
        <p>
          <strong>{client.name}</strong>
          {[client.role, client.organisation, client.email].filter(Boolean).length > 0 ? (
            <span className="muted"> · {[client.role, client.organisation, client.email].filter(Boolean).join(' · ')}</span>
          ) : null}
        </p>
        {preview.engagements.length === 0 ? (
          <p className="muted">No engagements: only the client record is added.</p>
        ) : (
          <ul className="import-engagements" aria-label="Engagements to import">
            {preview.engagements.map((engagement, index) => (
              <li key={index}>
                <strong>{engagement.title}</strong>
                <div className="muted">{engagementLine(engagement)}</div>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">
          {adds.length > 0 ? `It also adds ${listOf(adds)}. ` : ''}Sponsors and kinds already in your practice are used as they are.
          Nothing is added until you import.
        </p>
      </div>
    </FormDialog>
  )
}
