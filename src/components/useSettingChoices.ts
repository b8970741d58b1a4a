import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import { messageOf } from '../lib/api'
import { notify } from './Toasts'

/**
 * A Settings section whose every choice saves at once: the settings as shown (the ones
 * being saved while they are), and `save` for one changed choice, which says whether it was saved.
 */
export function useSettingChoices<S extends object>(
  current: UseQueryResult<S>,
  update: UseMutationResult<S, Error, S>,
  title: string
): { settings: S | undefined; save(change: Partial<S>): void } {
  const settings = update.isPending ? update.variables : current.data
  const save = (change: Partial<S>) => {
    if (!settings) return
    update.mutate(
      { ...settings, ...change },
      {
        onSuccess: () => notify({ title: `${title} saved` }),
        onError: (error) => notify({ title: `${title} were not saved`, description: messageOf(error) })
      }
    )
  }
  return { settings, save }
}
