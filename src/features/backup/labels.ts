import { BACKUP_INTERVAL_LABELS, BACKUP_INTERVALS, type BackupInterval } from '../../../electron/shared/backup'

export const INTERVAL_OPTIONS: readonly { value: BackupInterval; label: string }[] = BACKUP_INTERVALS.map((value) => ({
  value,
  label: BACKUP_INTERVAL_LABELS[value]
}))

/** 18.2 MB, 640 KB: sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
