import { useMutation } from '@tanstack/react-query'
import type { CalendarExport } from '../../../electron/shared/calendar'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'

/** What to export: one session, an engagement's scheduled sessions, or every upcoming one. */
export type CalendarTarget = { sessionId: number } | { engagementId: number } | 'upcoming'

function exportTo(target: CalendarTarget): Promise<CalendarExport> {
  if (target === 'upcoming') return api.calendar.exportUpcoming({ from: new Date().toISOString() })
  if ('sessionId' in target) return api.calendar.exportSession(target)
  return api.calendar.exportEngagement(target)
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path
}

/**
 * Saves sessions as an .ics file where the coach chooses, to import into their calendar;
 * importing it again later updates the events it added. A cancelled dialog says nothing.
 */
export function useExportToCalendar(target: CalendarTarget): { start(): void; isPending: boolean } {
  const exporter = useMutation({
    mutationFn: () => exportTo(target),
    onSuccess: (result) => {
      if ('cancelled' in result) return
      const events = result.events === 1 ? '1 session' : `${result.events} sessions`
      notify({ title: 'Calendar file saved', description: `${events} in ${fileNameOf(result.path)}. Open it with your calendar to add or update them.` })
    },
    onError: (error) => notify({ title: 'The calendar file was not saved', description: messageOf(error) })
  })
  return { start: () => exporter.mutate(), isPending: exporter.isPending }
}

export function ExportToCalendarButton({ target, label }: { target: CalendarTarget; label: string }) {
  const exporter = useExportToCalendar(target)
  return (
    <Button onPress={exporter.start} isPending={exporter.isPending}>
      {label}
    </Button>
  )
}
