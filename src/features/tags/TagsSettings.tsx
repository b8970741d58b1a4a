import { useState } from 'react'
import type { TagUsage } from '../../../electron/shared/tags'
import { countOf, listOf, noun } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useDeleteTag, useRenameTag, useTags } from './queries'

type Open = { dialog: 'rename' | 'delete'; usage: TagUsage } | null

function usageText({ clients, engagements }: TagUsage): string {
  return listOf([clients > 0 ? countOf(clients, noun('client')) : null, engagements > 0 ? countOf(engagements, noun('engagement')) : null].filter((part): part is string => part !== null))
}

/** Settings → Tags: the practice's one vocabulary, each tag renamed (onto another: merged) or deleted everywhere. */
export function TagsSettings() {
  const tags = useTags()
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const items = tags.data?.items ?? []
  return (
    <section aria-labelledby="tags-title" className="kinds-settings">
      <h2 id="tags-title">Tags</h2>
      <p className="muted">
        Clients and engagements share one set of tags. Renaming a tag onto one already in use merges the two.
      </p>
      {tags.isError ? <p role="alert" className="form-error">{messageOf(tags.error)}</p> : null}
      {tags.isSuccess && items.length === 0 ? <p>No tags yet: add them on a client or an engagement.</p> : null}
      <ul className="kind-list" aria-label="Tags">
        {items.map((usage) => (
          <li key={usage.tag} className="kind-row">
            <div>
              <span className="kind-name">{usage.tag}</span>
              <div className="list-item-meta">{usageText(usage)}</div>
            </div>
            <div className="toolbar">
              <Button variant="quiet" onPress={() => setOpen({ dialog: 'rename', usage })} aria-label={`Rename ${usage.tag}`}>
                Rename…
              </Button>
              <Button variant="quiet" onPress={() => setOpen({ dialog: 'delete', usage })} aria-label={`Delete ${usage.tag}`}>
                Delete…
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {open?.dialog === 'rename' ? <RenameTagDialog usage={open.usage} known={items.map((item) => item.tag)} onDone={close} /> : null}
      {open?.dialog === 'delete' ? <DeleteTagDialog usage={open.usage} onDone={close} /> : null}
    </section>
  )
}

function RenameTagDialog({ usage, known, onDone }: { usage: TagUsage; known: string[]; onDone(): void }) {
  const rename = useRenameTag()
  const [to, setTo] = useState(usage.tag)
  const merging = to.trim() !== usage.tag && known.includes(to.trim())
  return (
    <FormDialog
      isOpen
      title={`Rename the tag “${usage.tag}”`}
      submitLabel={merging ? 'Merge' : 'Rename'}
      isPending={rename.isPending}
      error={rename.isError ? messageOf(rename.error) : null}
      onSubmit={() =>
        void rename.mutateAsync({ tag: usage.tag, to }).then(
          (renamed) => {
            notify({ title: renamed.merged ? `Merged “${usage.tag}” into “${renamed.tag}”` : `Renamed “${usage.tag}” to “${renamed.tag}”` })
            onDone()
          },
          () => undefined
        )
      }
      onCancel={onDone}
    >
      <Field
        label="New name"
        value={to}
        onChange={setTo}
        description={merging ? `“${to.trim()}” is already a tag: the two become one.` : `On ${usageText(usage)}.`}
      />
    </FormDialog>
  )
}

function DeleteTagDialog({ usage, onDone }: { usage: TagUsage; onDone(): void }) {
  const remove = useDeleteTag()
  return (
    <ConfirmDialog
      isOpen
      title={`Delete the tag “${usage.tag}”?`}
      confirmLabel="Delete tag"
      destructive
      onCancel={onDone}
      onConfirm={() => {
        remove.mutate(
          { tag: usage.tag },
          {
            onSuccess: (gone) => notify({ title: `Deleted “${gone.tag}” from ${usageText(gone)}` }),
            onError: (error) => notify({ title: messageOf(error) })
          }
        )
        onDone()
      }}
    >
      It is taken off {usageText(usage)}. The clients and engagements themselves stay.
    </ConfirmDialog>
  )
}
