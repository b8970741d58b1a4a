import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { Button } from '../../components/Button'
import { shortcutLabel } from '../../lib/shortcuts'
import { COMMAND_IDS, COMMANDS } from './definitions'

/** Every command that has a key, as the registry knows them: the list can never disagree with what the keys do. */
export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const withKeys = COMMAND_IDS.filter((id) => COMMANDS[id].key)
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">Keyboard shortcuts</Heading>
          <div className="dialog-body">
            <table className="shortcuts-table">
              <thead>
                <tr>
                  <th scope="col">Command</th>
                  <th scope="col">Keys</th>
                </tr>
              </thead>
              <tbody>
                {withKeys.map((id) => (
                  <tr key={id}>
                    <td>{COMMANDS[id].title}</td>
                    <td>
                      <kbd>{shortcutLabel(COMMANDS[id].key ?? '')}</kbd>
                    </td>
                  </tr>
                ))}
                <tr>
                  <td>Open a list row’s menu</td>
                  <td>
                    <kbd>Shift+F10</kbd>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="dialog-actions">
            <Button variant="primary" onPress={onClose} autoFocus>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
