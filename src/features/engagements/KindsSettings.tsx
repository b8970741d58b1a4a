import { useState } from 'react'
import { CADENCE_LABELS, type EngagementKind } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { DeleteKindDialog } from './DeleteKindDialog'
import { KindDialog } from './KindDialog'
import { useEngagementKinds } from './queries'
import './engagements.css'
import { countOf, noun, pluralOf } from '../../../electron/shared/words'

type Open = { dialog: 'new' } | { dialog: 'edit' | 'delete'; kind: EngagementKind } | null

/** The settings section listing the kinds of engagement: the built-in ones, and the coach's own to change or delete. */
export function KindsSettings() {
  const kinds = useEngagementKinds()
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  return (
    <section aria-labelledby="kinds-title" className="kinds-settings">
      <div className="kinds-settings-header">
        <h2 id="kinds-title">Kinds of engagement</h2>
        <Button onPress={() => setOpen({ dialog: 'new' })}>New kind…</Button>
      </div>
      <p className="muted">
        Each kind brings the plan a new engagement starts with. The built-in kinds stay as they are; your own can be
        changed, or deleted while no engagement is of them.
      </p>
      {kinds.isError ? <p role="alert" className="form-error">{messageOf(kinds.error)}</p> : null}
      <ul className="kind-list" aria-label="Kinds of engagement">
        {kinds.data?.items.map((kind) => (
          <KindRow
            key={kind.id}
            kind={kind}
            onEdit={() => setOpen({ dialog: 'edit', kind })}
            onDelete={() => setOpen({ dialog: 'delete', kind })}
          />
        ))}
      </ul>
      {open?.dialog === 'new' ? <KindDialog onSaved={close} onCancel={close} /> : null}
      {open?.dialog === 'edit' ? <KindDialog kind={open.kind} onSaved={close} onCancel={close} /> : null}
      {open?.dialog === 'delete' ? <DeleteKindDialog kind={open.kind} onDeleted={close} onCancel={close} /> : null}
    </section>
  )
}

function planText(kind: EngagementKind): string {
  const sessions = kind.defaultPlannedSessions === null ? 'Open-ended' : `${kind.defaultPlannedSessions} sessions`
  return `${sessions} · ${CADENCE_LABELS[kind.defaultCadence].toLowerCase()} · ${kind.defaultSessionMinutes} min`
}

function usageText(count: number): string {
  if (count === 0) return 'No engagements yet'
  return `${countOf(count, noun('engagement'))}: change ${pluralOf(count, noun('its', 'their'))} kind to delete this one`
}

function KindRow({ kind, onEdit, onDelete }: { kind: EngagementKind; onEdit(): void; onDelete(): void }) {
  return (
    <li className="kind-row">
      <div>
        <span className="kind-name">{kind.name}</span>
        {kind.isMentoring ? <span className="badge">Mentoring</span> : null}
        {kind.builtIn ? <span className="badge">Built in</span> : null}
        <div className="list-item-meta">
          {planText(kind)}
          {kind.builtIn ? null : ` — ${usageText(kind.engagementCount)}`}
        </div>
      </div>
      {kind.builtIn ? null : (
        <div className="toolbar">
          <Button variant="quiet" onPress={onEdit} aria-label={`Edit ${kind.name}`}>
            Edit…
          </Button>
          <Button variant="quiet" onPress={onDelete} isDisabled={kind.engagementCount > 0} aria-label={`Delete ${kind.name}`}>
            Delete…
          </Button>
        </div>
      )}
    </li>
  )
}
