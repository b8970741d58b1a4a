import type { BackupInterval, BackupKind } from '../../../electron/shared/backup'

export const INTERVAL_OPTIONS: readonly { value: BackupInterval; label: string }[] = [
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'off', label: 'Off (only when I ask)' }
]

export const KIND_LABELS: Record<BackupKind, string> = {
  scheduled: 'Automatic',
  manual: 'Made on request',
  'before-upgrade': 'Before an update of Coachbook',
  'before-restore': 'Before a restore'
}

/** 18.2 MB, 640 KB: sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
