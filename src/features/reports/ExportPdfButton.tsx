import { useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { ReportKind } from '../../../electron/shared/reports'
import type { Audience } from '../../../electron/shared/reviews'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'
import { todayIso } from '../../lib/format'
import './reports.css'

export interface ExportPdfButtonProps {
  engagementId: number
  report: ReportKind
  /** The summary's reader; the other reports are always the client's. */
  audience?: Audience
  /** The button's words, when a screen has several export buttons. */
  label?: string
}

/** The file's name without its folder. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path
}

/** Opens an exported PDF in the system's viewer; a failure is said in a toast. */
export async function openPdf(path: string): Promise<void> {
  try {
    await api.reports.open({ path })
  } catch (error) {
    notify({ title: 'The PDF could not be opened', description: messageOf(error) })
  }
}

async function showPdf(path: string): Promise<void> {
  try {
    await api.reports.showInFolder({ path })
  } catch (error) {
    notify({ title: 'The PDF could not be shown', description: messageOf(error) })
  }
}

/** Exports a report of an engagement as PDF. */
export function ExportPdfButton({ engagementId, report, audience = 'client', label = 'Export PDF…' }: ExportPdfButtonProps) {
  return <SavePdfButton label={label} save={() => api.reports.export({ engagementId, report, audience, today: todayIso() })} />
}

/**
 * Saves a PDF: `save` asks main, which asks where to save it, renders and writes it. While
 * that runs the button shows progress; then a toast offers to open the PDF, and a "Show in
 * folder" button appears beside this one (a toast holds one action).
 */
export function SavePdfButton({ label, save }: { label: string; save: () => Promise<{ path: string } | { cancelled: true }> }) {
  const [saved, setSaved] = useState<string | null>(null)
  const exporter = useMutation({
    mutationFn: save,
    onSuccess: (result) => {
      if ('cancelled' in result) return
      setSaved(result.path)
      notify({ title: 'PDF saved', description: fileNameOf(result.path), action: { label: 'Open', onAction: () => void openPdf(result.path) } })
    },
    onError: (error) => notify({ title: 'The PDF was not saved', description: messageOf(error) })
  })

  return (
    <span className="export-pdf">
      <Button onPress={() => exporter.mutate()} isPending={exporter.isPending}>
        {label}
      </Button>
      {saved ? (
        <Button variant="quiet" onPress={() => void showPdf(saved)} aria-label={`Show in folder: ${fileNameOf(saved)}`}>
          Show in folder
        </Button>
      ) : null}
    </span>
  )
}
