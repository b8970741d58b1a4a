import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { ClientSummary } from '../../../electron/shared/clients'
import { COMMANDS, type CommandId } from '../../app/commands/definitions'
import { ContextMenu, type ContextMenuItem, type Point } from '../../components/ContextMenu'
import { shortcutLabel } from '../../lib/shortcuts'
import { useClientCommands } from './clientCommands'

/** The commands a client row offers, in this order; the client's own page runs the same ones. */
const ROW_COMMANDS: CommandId[] = ['record.edit', 'engagement.new', 'client.archive', 'client.restore', 'client.export', 'client.delete']

/**
 * A client row's context menu: open, then the client's commands, each as the client's
 * page runs it. It stays mounted after the menu closes, for the question Delete asks.
 */
export function ClientRowMenu({ client, at }: { client: ClientSummary; at: Point }) {
  const navigate = useNavigate()
  const { handlers, dialogs } = useClientCommands(client)
  const [isOpen, setOpen] = useState(true)
  const commandItems = ROW_COMMANDS.flatMap((id): ContextMenuItem[] => {
    const run = handlers[id]
    if (!run) return []
    const { title, key } = COMMANDS[id]
    return [{ id, label: title, shortcut: key ? shortcutLabel(key) : undefined, destructive: id === 'client.delete', onAction: run }]
  })
  const items: ContextMenuItem[] = [{ id: 'open', label: 'Open', onAction: () => void navigate(`/clients/${client.id}`) }, ...commandItems]
  return (
    <>
      {isOpen ? <ContextMenu label={`${client.name}: actions`} at={at} items={items} onClose={() => setOpen(false)} /> : null}
      {dialogs}
    </>
  )
}
