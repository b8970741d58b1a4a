import { useId, useState } from 'react'
import { ATTACHMENT_OWNER_LABELS, sizeInWords, type Attachment, type AttachmentOwner } from '../../../electron/shared/attachments'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { useAttachFile, useAttachments, useOpenAttachment, useRemoveAttachment } from './queries'
import './attachments.css'

type Asking = { about: 'open' | 'remove'; attachment: Attachment } | null

/**
 * A record's documents (a 360 report, a signed agreement, a worksheet): listed with name,
 * size and date, added through the system's open dialog, opened in the computer's own app
 * after the coach confirms, removed after asking (and undoable).
 */
export function Attachments({ on, inCard = false }: { on: AttachmentOwner; inCard?: boolean }) {
  const titleId = useId()
  const attachments = useAttachments(on)
  const attach = useAttachFile(on)
  const open = useOpenAttachment()
  const remove = useRemoveAttachment()
  const [asking, setAsking] = useState<Asking>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // In a card among others (an assessment result's), a group under the card's heading: a region of its own would repeat on the page.
  const Heading = inCard ? 'h5' : 'h3'
  const Container = inCard ? 'div' : 'section'
  const items = attachments.data?.items ?? []
  const what = ATTACHMENT_OWNER_LABELS[on.kind]

  const add = () =>
    attach.mutate(undefined, {
      onSuccess: (added) => {
        setProblem(null)
        if (added) notify({ title: `${added.name} attached` })
      },
      onError: (error) => setProblem(messageOf(error))
    })
  const confirmed = () => {
    if (!asking) return
    const { about, attachment } = asking
    setAsking(null)
    const onError = (error: unknown) => setProblem(messageOf(error))
    if (about === 'open') open.mutate({ id: attachment.id }, { onSuccess: () => setProblem(null), onError })
    else remove.mutate({ id: attachment.id }, { onSuccess: () => notify({ title: `${attachment.name} removed` }), onError })
  }

  return (
    <Container className="attachments" role={inCard ? 'group' : undefined} aria-labelledby={titleId}>
      <div className="attachments-header">
        <Heading id={titleId}>Attachments</Heading>
        <Button variant="quiet" onPress={add} isDisabled={attach.isPending}>
          Attach a file…
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">No attachments. Attach a report, a signed agreement or a worksheet to keep it with this {what}.</p>
      ) : (
        <ul className="attachment-list" aria-label={`Attachments of this ${what}`}>
          {items.map((attachment) => (
            <li key={attachment.id} className="attachment-row">
              <Button variant="quiet" className="attachment-name" onPress={() => setAsking({ about: 'open', attachment })} aria-label={`Open ${attachment.name}`}>
                {attachment.name}
              </Button>
              <span className="list-item-meta">
                {sizeInWords(attachment.size)} · added {formatDateTime(attachment.addedAt)}
              </span>
              <Button variant="quiet" onPress={() => setAsking({ about: 'remove', attachment })} aria-label={`Remove ${attachment.name}`}>
                Remove…
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={asking?.about === 'open'}
        title={asking ? `Open “${asking.attachment.name}”?` : ''}
        confirmLabel="Open"
        onConfirm={confirmed}
        onCancel={() => setAsking(null)}
      >
        <p>
          Coachbook gives a copy of it to the app your computer uses for this kind of file. The copy is kept in a folder only
          your account can read, and removed soon after, and when Coachbook quits.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={asking?.about === 'remove'}
        title={asking ? `Remove “${asking.attachment.name}”?` : ''}
        confirmLabel="Remove attachment"
        destructive
        onConfirm={confirmed}
        onCancel={() => setAsking(null)}
      >
        <p>It is taken off this {what}. Undo (Ctrl/Cmd+Z) puts it back until Coachbook quits.</p>
      </ConfirmDialog>
    </Container>
  )
}
