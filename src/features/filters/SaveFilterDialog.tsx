import { useState } from 'react'
import type { SavedFilter, SavedFilterTarget } from '../../../electron/shared/filters'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useRenameFilter, useSaveFilter } from './queries'

/** Names the list's filter and keeps it in the sidebar. */
export function SaveFilterDialog({ target, onDone }: { target: SavedFilterTarget; onDone(): void }) {
  const save = useSaveFilter()
  const [name, setName] = useState('')
  return (
    <FormDialog
      isOpen
      title="Save filter"
      submitLabel="Save"
      isPending={save.isPending}
      error={save.isError ? messageOf(save.error) : null}
      onSubmit={() =>
        void save.mutateAsync({ name, target }).then(
          (saved) => {
            notify({ title: `Saved “${saved.name}”: it is in the sidebar` })
            onDone()
          },
          () => undefined
        )
      }
      onCancel={onDone}
    >
      <Field label="Name" value={name} onChange={setName} description="Shown in the sidebar with how many records it matches." />
    </FormDialog>
  )
}

/** Gives a saved filter another name. */
export function RenameFilterDialog({ saved, onDone }: { saved: SavedFilter; onDone(): void }) {
  const rename = useRenameFilter()
  const [name, setName] = useState(saved.name)
  return (
    <FormDialog
      isOpen
      title={`Rename “${saved.name}”`}
      submitLabel="Rename"
      isPending={rename.isPending}
      error={rename.isError ? messageOf(rename.error) : null}
      onSubmit={() =>
        void rename.mutateAsync({ id: saved.id, name }).then(
          onDone,
          () => undefined
        )
      }
      onCancel={onDone}
    >
      <Field label="Name" value={name} onChange={setName} />
    </FormDialog>
  )
}
