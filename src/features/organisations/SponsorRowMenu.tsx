import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Organisation, OrganisationSummary } from '../../../electron/shared/organisations'
import { COMMANDS } from '../../app/commands/definitions'
import { ContextMenu, type Point } from '../../components/ContextMenu'
import { shortcutLabel } from '../../lib/shortcuts'
import { useOrganisation } from './queries'
import { useSponsorCommands } from './sponsorCommands'

/** A sponsor row's context menu: open, edit, delete, as the sponsor's page does them; offered once the sponsor is read. */
export function SponsorRowMenu({ sponsor, at }: { sponsor: OrganisationSummary; at: Point }) {
  const organisation = useOrganisation(sponsor.id)
  return organisation.data ? <LoadedSponsorMenu organisation={organisation.data} at={at} /> : null
}

function LoadedSponsorMenu({ organisation, at }: { organisation: Organisation; at: Point }) {
  const navigate = useNavigate()
  const { handlers, dialogs } = useSponsorCommands(organisation)
  // It stays mounted after the menu closes, for the dialogs Edit and Delete open.
  const [isOpen, setOpen] = useState(true)
  const items = [
    { id: 'open', label: 'Open', onAction: () => void navigate(`/organisations/${organisation.id}`) },
    { id: 'edit', label: COMMANDS['record.edit'].title, shortcut: shortcutLabel('e'), onAction: () => handlers['record.edit']?.() },
    { id: 'delete', label: COMMANDS['sponsor.delete'].title, destructive: true, onAction: () => handlers['sponsor.delete']?.() }
  ]
  return (
    <>
      {isOpen ? <ContextMenu label={`${organisation.name}: actions`} at={at} items={items} onClose={() => setOpen(false)} /> : null}
      {dialogs}
    </>
  )
}
