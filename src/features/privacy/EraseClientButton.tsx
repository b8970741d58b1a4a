import { useState } from 'react'
import type { Client } from '../../../electron/shared/clients'
import { Button } from '../../components/Button'
import { EraseClientDialog } from './EraseClientDialog'
import './privacy.css'

/** Erasure on the client's page (GDPR right to erasure), asking first; `describedBy` names the words that explain it. */
export function EraseClientButton({ client, describedBy }: { client: Client; describedBy: string }) {
  const [erasing, setErasing] = useState(false)
  return (
    <>
      <Button variant="danger" onPress={() => setErasing(true)} aria-describedby={describedBy}>
        Erase completely…
      </Button>
      {erasing ? <EraseClientDialog client={client} onCancel={() => setErasing(false)} /> : null}
    </>
  )
}
