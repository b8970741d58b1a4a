import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import { BACKUP_KINDS, type Backup, type BackupFileDetails, type BackupKind } from '../../shared/backup'

/**
 * A backup's name says who made it, when and why:
 * `coachbook-backup-2026-03-14T09-30-00-123Z-manual.sqlite`. Only files named this way
 * are listed, restored by id or ever deleted: Coachbook never touches anything else
 * in the folder.
 */
const NAME = new RegExp(
  `^coachbook-backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_KINDS.join('|')})\\.sqlite$`
)
/** The system's open dialog, when the coach picks a backup file to restore. */
export const CHOOSE_BACKUP_DIALOG = {
  title: 'Choose a backup to restore',
  filters: [{ name: 'Coachbook backups', extensions: ['sqlite'] }]
}

/** A backup being written; left behind only if Coachbook stopped part-way. */
const PARTIAL_SUFFIX = '.partial'

function nameFor(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-')
  return `coachbook-backup-${stamp}-${kind}.sqlite`
}

export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, kind] = match
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { createdAt, kind: kind as BackupKind }
}

export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null
}

/** A name no file in the folder has yet: two backups in the same millisecond are a millisecond apart. */
export function freeBackupName(folder: string, kind: BackupKind, now: Date): string {
  let at = now.getTime()
  while (existsSync(join(folder, nameFor(kind, new Date(at))))) at += 1
  return nameFor(kind, new Date(at))
}

export function partialPathFor(folder: string, name: string): string {
  return join(folder, name + PARTIAL_SUFFIX)
}

/** Coachbook's backups in the folder, newest first. A missing folder has none. */
export function listBackupFiles(folder: string): Backup[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const backups: Backup[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    try {
      const stats = statSync(join(folder, name))
      if (stats.isFile()) backups.push({ id: name, ...parsed, sizeBytes: stats.size })
    } catch {
      // Removed while listing: not a backup any more.
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
}

/** Deletes Coachbook's backups beyond the newest `keep`; returns how many went. */
export function pruneBackups(folder: string, keep: number): number {
  const old = listBackupFiles(folder).slice(keep)
  for (const backup of old) unlinkSync(join(folder, backup.id))
  return old.length
}

/** Removes half-written backups a crash left behind: only names Coachbook itself gives them. */
export function removePartialBackups(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name.endsWith(PARTIAL_SUFFIX) && isBackupName(name.slice(0, -PARTIAL_SUFFIX.length))) {
      unlinkSync(join(folder, name))
    }
  }
}

/** What the coach needs to know of a backup file before restoring it: above all, when it was made. */
export function backupFileDetails(file: string): BackupFileDetails {
  const name = basename(file)
  const stats = statSync(file)
  return { name, createdAt: parseBackupName(name)?.createdAt ?? null, changedAt: stats.mtime.toISOString(), sizeBytes: stats.size }
}
