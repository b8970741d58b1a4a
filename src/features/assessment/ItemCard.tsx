import { useId, useState, type ReactNode } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ShareableBadge } from '../../components/ShareableBadge'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { listOf, noun, pluralOf } from '../../../electron/shared/words'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'

export interface Deletion {
  title: string
  confirmLabel: string
  /** What goes with it, in plain words. */
  body: ReactNode
  /** The toast once it is gone. */
  done: string
  run(): Promise<unknown>
}

export interface ItemCardProps {
  /** The element id others link to (growth areas point at their evidence). */
  anchor?: string
  title: ReactNode
  /** How the Edit and Delete buttons name it to assistive technology, e.g. "intake note of 3 Mar 2026". */
  name: string
  meta?: ReactNode
  /** Private or shareable; left out for records that are neither (growth areas). */
  shareable?: boolean
  badges?: ReactNode
  isEditDisabled: boolean
  onEdit(): void
  deletion: Deletion
  children?: ReactNode
}

/** One note, interview, result or growth area, read-only, with its Edit and Delete buttons. */
export function ItemCard({ anchor, title, name, meta, shareable, badges, isEditDisabled, onEdit, deletion, children }: ItemCardProps) {
  const titleId = useId()
  const [confirming, setConfirming] = useState(false)
  const [deleting, setDeleting] = useState(false)

  const remove = async () => {
    setConfirming(false)
    setDeleting(true)
    try {
      await deletion.run()
      notify({ title: deletion.done })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
      setDeleting(false)
    }
  }

  return (
    <article className="card item-card" id={anchor} tabIndex={-1} aria-labelledby={titleId}>
      <header className="item-header">
        <div className="item-heading">
          <h4 id={titleId} className="item-title">
            {title}
          </h4>
          {shareable === undefined ? null : <ShareableBadge mark={shareable ? 'shareable' : 'private'} />}
          {badges}
          {meta ? <div className="muted item-meta">{meta}</div> : null}
        </div>
        <div className="toolbar">
          <Button variant="quiet" onPress={onEdit} isDisabled={isEditDisabled} aria-label={`Edit ${name}`}>
            Edit
          </Button>
          <Button
            variant="quiet"
            className="button-danger"
            onPress={() => setConfirming(true)}
            isPending={deleting}
            aria-label={`Delete ${name}`}
          >
            Delete…
          </Button>
        </div>
      </header>
      {children}
      <ConfirmDialog
        isOpen={confirming}
        title={deletion.title}
        confirmLabel={deletion.confirmLabel}
        destructive
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        {deletion.body}
      </ConfirmDialog>
    </article>
  )
}

/** A long text under a small label, kept as typed (paragraphs and line breaks). */
export function NoteText({ label, text }: { label?: string; text: string }) {
  if (!text) return null
  return (
    <div className="note-block">
      {label ? <div className="note-label">{label}</div> : null}
      <div className="notes">{text}</div>
    </div>
  )
}

/** The sentence a deletion dialog says about growth areas that cite the item. */
export function EvidenceLoss({ citedBy }: { citedBy: string[] }) {
  return (
    <p>
      {citedBy.length === 0
        ? 'No growth area cites it as evidence.'
        : `The ${pluralOf(citedBy.length, noun('growth area'))} ${listOf(citedBy.map((title) => `“${title}”`))} will no longer cite it as evidence.`}{' '}
      {UNDO_BRINGS_IT_BACK}
    </p>
  )
}
