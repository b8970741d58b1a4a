import { useState } from 'react'
import type { Client } from '../../../electron/shared/clients'
import { Button } from '../../components/Button'
import { EraseClientDialog } from './EraseClientDialog'
import { ExportClientButton } from './ExportClientButton'
import './privacy.css'

/** The client's data rights on their page: a full export (access) and complete erasure. */
export function ClientPrivacyActions({ client }: { client: Client }) {
  const [erasing, setErasing] = useState(false)
  return (
    <>
      <ExportClientButton client={client} />
      <Button variant="danger" onPress={() => setErasing(true)}>
        Erase completely…
      </Button>
      {erasing ? <EraseClientDialog client={client} onCancel={() => setErasing(false)} /> : null}
    </>
  )
}
