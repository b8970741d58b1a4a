import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useCommands } from '../../app/commands/registry'
import { notify, offerOnLatest } from '../../components/Toasts'
import { capitalised } from '../../../electron/shared/words'
import { api, messageOf } from '../../lib/api'
import { shortcutLabel } from '../../lib/shortcuts'

/** Takes back the practice's last change, then refreshes every screen's data to show the practice as it is again. */
function useUndo() {
  const queryClient = useQueryClient()
  const undo = useMutation({
    mutationFn: () => api.changes.undo({}),
    onSuccess: async ({ undone }) => {
      notify({ title: `Undone: ${undone}` })
      await queryClient.invalidateQueries()
    },
    onError: (error) => notify({ title: 'Nothing was undone', description: messageOf(error) })
  })
  return () => undo.mutate()
}

/**
 * After each change the coach makes, Undo on its toast, saying what it would take back:
 * the newest step, when it is newer than the last one offered (an undo itself makes none).
 */
function useOfferUndo(undo: () => void) {
  const queryClient = useQueryClient()
  const latest = useRef(undo)
  const offered = useRef(0)
  useEffect(() => {
    latest.current = undo
  })
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return
        void api.changes.undoState({}).then(({ next }) => {
          if (!next || next.id <= offered.current) return
          offered.current = next.id
          const action = { label: 'Undo', onAction: () => latest.current() }
          offerOnLatest({ title: capitalised(next.words), description: `${capitalised(next.words)}: ${shortcutLabel('Z')} undoes it.`, action })
        }, () => undefined)
      }),
    [queryClient]
  )
}

/** Edit › Undo and Ctrl/Cmd+Z (outside text fields, which keep their own undo) on every screen, and Undo in a toast after each change. */
export function UndoCommand() {
  const undo = useUndo()
  useOfferUndo(undo)
  useCommands({ 'edit.undo': undo }, { everywhere: true })
  return null
}
