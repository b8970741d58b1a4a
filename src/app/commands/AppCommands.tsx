import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useBackUpNowAndSay } from '../../features/backup/BackupSettings'
import { useExportToCalendar } from '../../features/calendar/ExportToCalendar'
import { ABOUT_SECTION } from '../../features/diagnostics/AboutSettings'
import { useCommands } from './registry'
import { ShortcutsDialog } from './ShortcutsDialog'

/** The commands every screen offers: going to a section, a new client, a backup, upcoming sessions to a calendar, help. */
export function AppCommands() {
  const navigate = useNavigate()
  const backUp = useBackUpNowAndSay()
  const exportUpcoming = useExportToCalendar('upcoming')
  const [showingShortcuts, setShowingShortcuts] = useState(false)
  const openAnotherPractice = window.coachbookDesktop?.openAnotherPractice
  useCommands(
    {
      'client.new': () => void navigate('/clients/new'),
      'view.today': () => void navigate('/today'),
      'view.clients': () => void navigate('/clients'),
      'view.sponsors': () => void navigate('/organisations'),
      'view.income': () => void navigate('/income'),
      'view.settings': () => void navigate('/settings'),
      // About and diagnostics are the end of Settings: the page opens scrolled to them.
      'help.about': () => void navigate('/settings', { state: { section: ABOUT_SECTION } }),
      'help.shortcuts': () => setShowingShortcuts(true),
      // The desktop app opens another practice by starting again on it; the browser cannot.
      'practice.openAnother': openAnotherPractice ? () => openAnotherPractice() : null,
      'backup.now': backUp.isPending ? null : backUp.start,
      'calendar.exportUpcoming': exportUpcoming.isPending ? null : exportUpcoming.start
    },
    { everywhere: true }
  )
  return <ShortcutsDialog isOpen={showingShortcuts} onClose={() => setShowingShortcuts(false)} />
}
