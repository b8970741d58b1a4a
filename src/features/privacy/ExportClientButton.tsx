import type { Client } from '../../../electron/shared/clients'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useExportClient } from './queries'

/** Writes everything about the client (JSON and a readable page) into a folder the coach chooses. */
export function ExportClientButton({ client }: { client: Client }) {
  const exportClient = useExportClient()
  const onExport = () =>
    exportClient.mutate(
      { clientId: client.id },
      {
        onSuccess: (result) => {
          if (result.status === 'exported') notify({ title: `All of ${client.name}'s data exported`, description: result.folder })
        },
        onError: (error) => notify({ title: 'Not exported', description: messageOf(error) })
      }
    )
  return (
    <Button onPress={onExport} isPending={exportClient.isPending}>
      Export all data…
    </Button>
  )
}
