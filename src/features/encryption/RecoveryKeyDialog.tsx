import { useState } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { Button } from '../../components/Button'
import { CheckboxField } from '../../components/CheckboxField'
import { formatDateTime } from '../../lib/format'
import { LOSING_BOTH } from '../../../electron/shared/encryption'
import './encryption.css'

export interface RecoveryKeyDialogProps {
  /** The recovery key as main answered it (`encryption:makeRecoveryKey`); null keeps the dialog closed. */
  recoveryKey: { recoveryKey: string; madeAt: string } | null
  /** The coach has kept the key: it is gone from the screen for good. */
  onDone(): void
}

/**
 * Shows a new recovery key, the one time it is ever shown, to print (or save as a PDF from
 * the print dialog) or write down. It closes only once the coach says they have kept it:
 * neither a click outside nor Esc loses it before that.
 */
export function RecoveryKeyDialog({ recoveryKey, onDone }: RecoveryKeyDialogProps) {
  const [kept, setKept] = useState(false)
  const done = () => {
    setKept(false)
    onDone()
  }
  return (
    <ModalOverlay isOpen={recoveryKey !== null} isDismissable={false} isKeyboardDismissDisabled={!kept} onOpenChange={(open) => !open && done()} className="modal-overlay">
      <Modal className="modal recovery-key-modal">
        <Dialog className="dialog recovery-key-sheet" aria-describedby="recovery-key-about">
          <Heading slot="title">Your recovery key</Heading>
          {recoveryKey ? (
            <>
              <p id="recovery-key-about">
                With this key, your practice and its backups open on another computer. Print it, or write it down, and keep it
                apart from this computer. It is shown only now.
              </p>
              <p className="recovery-key" aria-label="Recovery key" role="note">
                {recoveryKey.recoveryKey}
              </p>
              <p className="muted">Made on {formatDateTime(recoveryKey.madeAt)}. Letters or digits: O is read as 0, I and L as 1, capitals or not.</p>
              <p className="recovery-key-warning">{LOSING_BOTH}</p>
              <CheckboxField label="I have printed or written down my recovery key" isSelected={kept} onChange={setKept} className="recovery-key-kept" />
              <div className="dialog-actions recovery-key-actions">
                <Button onPress={() => window.print()}>Print or save as PDF…</Button>
                <Button variant="primary" onPress={done} isDisabled={!kept}>
                  Done
                </Button>
              </div>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
