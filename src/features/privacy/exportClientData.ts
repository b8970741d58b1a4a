import type { Client } from '../../../electron/shared/clients'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useExportClient } from './queries'

/** Everything about the client (JSON and a readable page) written into a folder the coach chooses, the outcome said in a toast. */
export function useExportClientData(client: Pick<Client, 'id' | 'name'>): { start(): void; isPending: boolean } {
  const exportClient = useExportClient()
  const start = () =>
    exportClient.mutate(
      { clientId: client.id },
      {
        onSuccess: (result) => {
          if (result.status === 'exported') notify({ title: `All of ${client.name}'s data exported`, description: result.folder })
        },
        onError: (error) => notify({ title: 'Not exported', description: messageOf(error) })
      }
    )
  return { start, isPending: exportClient.isPending }
}
