import { useState } from 'react'
import type { Backup, BackupFileDetails, BackupInterval, BackupStatus } from '../../../electron/shared/backup'
import { BACKUP_KEEP, BACKUP_KIND_LABELS } from '../../../electron/shared/backup'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { useRefusal } from '../../components/formErrors'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { EnterRecoveryKeyDialog, useUnlockBackup } from '../encryption'
import { formatSize, INTERVAL_OPTIONS } from './labels'
import {
  useBackUpNow,
  useBackupList,
  useBackupStatus,
  useChooseBackupFile,
  useChooseBackupFolder,
  useRestoreBackup,
  useUpdateBackupSettings
} from './queries'
import './backup.css'
import { NEVER_UNDONE } from '../undo/words'

/** The settings section for backups: where they go, how often, how many, and restoring one. */
export function BackupSettings() {
  const status = useBackupStatus()
  return (
    <section aria-labelledby="backups-title" className="backup-settings">
      <h2 id="backups-title">Backups</h2>
      <p className="muted">
        Coachbook copies your practice, checks that the copy is complete, and keeps the newest copies in the backup folder.
      </p>
      {status.isError ? <p role="alert" className="form-error">{messageOf(status.error)}</p> : null}
      {status.data ? (
        <>
          <LastFailure status={status.data} />
          <Overview status={status.data} />
          <Schedule status={status.data} />
          <BackUpNow />
          <SavedBackups practiceFile={status.data.practiceFile} />
        </>
      ) : null}
    </section>
  )
}

function LastFailure({ status }: { status: BackupStatus }) {
  if (!status.lastFailure) return null
  return (
    <div role="alert" className="form-error">
      <strong>The last backup failed</strong> ({formatDateTime(status.lastFailure.at)}). {status.lastFailure.message}
    </div>
  )
}

function nextBackupText(status: BackupStatus): string {
  if (status.nextBackupDueAt === null) return 'Off: back up when you choose'
  if (Date.parse(status.nextBackupDueAt) <= Date.now()) return 'Within the hour, while Coachbook is open'
  return formatDateTime(status.nextBackupDueAt)
}

function Overview({ status }: { status: BackupStatus }) {
  const chooseFolder = useChooseBackupFolder()
  const change = () =>
    chooseFolder.mutate(undefined, {
      onError: (error) => notify({ title: 'The backup folder was not changed', description: messageOf(error) })
    })
  return (
    <dl className="details backup-overview">
      <div className="detail-row">
        <dt>Last backup</dt>
        <dd>{status.lastBackupAt ? formatDateTime(status.lastBackupAt) : 'No backup yet'}</dd>
      </div>
      <div className="detail-row">
        <dt>Next automatic backup</dt>
        <dd>{nextBackupText(status)}</dd>
      </div>
      <div className="detail-row">
        <dt>Folder</dt>
        <dd className="backup-folder">
          <span className="backup-path">{status.folder}</span>
          {status.isDefaultFolder ? <span className="muted"> (next to your practice)</span> : null}
          <Button onPress={change} isDisabled={chooseFolder.isPending}>
            Change folder…
          </Button>
        </dd>
      </div>
    </dl>
  )
}

/** A refusal of the number to keep is shown next to it; any other in a notification, the settings being saved as chosen. */
const SCHEDULE_FIELDS = { fields: ['keep'] as const }

function Schedule({ status }: { status: BackupStatus }) {
  const update = useUpdateBackupSettings()
  const refusal = useRefusal(SCHEDULE_FIELDS)
  const save = (change: { keep?: number; interval?: BackupInterval }) => {
    refusal.clear()
    update.mutate(
      { keep: status.keep, interval: status.interval, ...change },
      {
        onSuccess: () => notify({ title: 'Backup settings saved' }),
        onError: (error) => {
          if (refusal.show(error) === null) notify({ title: 'Backup settings were not saved', description: messageOf(error) })
        }
      }
    )
  }
  return (
    <div className="backup-schedule">
      <SelectField
        label="How often"
        options={INTERVAL_OPTIONS}
        value={status.interval}
        onChange={(interval) => save({ interval })}
        description="Automatic backups run while Coachbook is open."
      />
      <NumberField
        label="Backups to keep"
        value={status.keep}
        minValue={BACKUP_KEEP.min}
        maxValue={BACKUP_KEEP.max}
        onChange={(keep) => {
          // An emptied field goes back to the saved number: there is always a number of backups to keep.
          if (keep !== null && keep !== status.keep) save({ keep })
        }}
        error={refusal.on('keep')}
        description="Older backups Coachbook made are deleted; other files in the folder are never touched."
      />
    </div>
  )
}

/** A backup made now, its outcome said in a toast: from Settings, the File menu or the palette. */
export function useBackUpNowAndSay(): { start(): void; isPending: boolean } {
  const backUp = useBackUpNow()
  const start = () =>
    backUp.mutate(undefined, {
      onSuccess: (backup) => notify({ title: 'Backup made and checked', description: formatSize(backup.sizeBytes) }),
      onError: (error) => notify({ title: 'No backup was made', description: messageOf(error) })
    })
  return { start, isPending: backUp.isPending }
}

function BackUpNow() {
  const { start, isPending } = useBackUpNowAndSay()
  return (
    <div className="backup-now">
      <Button variant="primary" onPress={start} isDisabled={isPending}>
        {isPending ? 'Backing up…' : 'Back up now'}
      </Button>
      {isPending ? (
        <span role="status" className="backup-progress">
          <progress aria-label="Backing up" />
          Copying your practice and checking the copy…
        </span>
      ) : null}
    </div>
  )
}

/** What the coach is about to restore: one of the listed backups, or a file they picked (and main has read). */
type RestoreTarget = { backup: Backup } | { file: BackupFileDetails; fileId: string }

/** When the backup was made, as far as can be told: from Coachbook's own name, or the file's last change. */
function madeWhen(target: RestoreTarget): string {
  if ('backup' in target) return `the backup made on ${formatDateTime(target.backup.createdAt)}`
  const { file } = target
  return file.createdAt
    ? `${file.name}, a backup made on ${formatDateTime(file.createdAt)}`
    : `${file.name}, a file Coachbook did not name (it was last changed on ${formatDateTime(file.changedAt)})`
}

function SavedBackups({ practiceFile }: { practiceFile: string }) {
  const list = useBackupList()
  const chooseFile = useChooseBackupFile()
  const restore = useRestoreBackup()
  const [target, setTarget] = useState<RestoreTarget | null>(null)
  const [restoreError, setRestoreError] = useState<string | null>(null)
  const unlock = useUnlockBackup()
  /** A picked backup made with another key, waiting for its recovery key. */
  const [locked, setLocked] = useState<{ file: BackupFileDetails; fileId: string } | null>(null)

  const pickFile = () => {
    setRestoreError(null)
    chooseFile.mutate(undefined, {
      onSuccess: (picked) => {
        if (picked.status === 'chosen') setTarget({ file: picked.backup, fileId: picked.fileId })
        if (picked.status === 'locked') setLocked({ file: picked.backup, fileId: picked.fileId })
      },
      onError: (error) => setRestoreError(messageOf(error))
    })
  }

  const unlockWith = async (recoveryKey: string) => {
    if (!locked) return
    const opened = await unlock.mutateAsync({ fileId: locked.fileId, recoveryKey })
    setLocked(null)
    setTarget({ file: opened.backup, fileId: opened.fileId })
  }

  const confirm = () => {
    if (!target) return
    setTarget(null)
    setRestoreError(null)
    // Every record may have changed: start the window afresh on the restored practice.
    restore.mutate('backup' in target ? { backupId: target.backup.id } : { fileId: target.fileId }, {
      onSuccess: () => window.location.reload(),
      onError: (error) => setRestoreError(messageOf(error))
    })
  }

  const busy = restore.isPending || chooseFile.isPending
  return (
    <>
      <div className="section-header">
        <h3 id="saved-backups-title">Copies in the folder</h3>
        <Button variant="quiet" onPress={pickFile} isDisabled={busy}>
          Restore from a file…
        </Button>
      </div>
      {restoreError ? <p role="alert" className="form-error">{restoreError}</p> : null}
      {chooseFile.isPending ? <p role="status">Reading the file you chose…</p> : null}
      {restore.isPending ? <p role="status">Checking the backup and restoring it…</p> : null}
      {list.isError ? <p role="alert" className="form-error">{messageOf(list.error)}</p> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="muted">No backups yet. Back up now to make the first one; Coachbook also makes them on the schedule above.</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="backup-list" aria-labelledby="saved-backups-title">
          {list.data.items.map((backup) => (
            <li key={backup.id} className="backup-item">
              <span className="backup-when" id={`backup-${backup.id}-when`}>
                {formatDateTime(backup.createdAt)}
              </span>
              <span className="muted">{BACKUP_KIND_LABELS[backup.kind]}</span>
              <span className="muted backup-size">{formatSize(backup.sizeBytes)}</span>
              <Button
                onPress={() => setTarget({ backup })}
                isDisabled={busy}
                aria-describedby={`backup-${backup.id}-when`}
              >
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <EnterRecoveryKeyDialog
        isOpen={locked !== null}
        about={`${locked?.file.name ?? 'This backup'} is encrypted with another key than this practice’s (it was made on another computer, or before this one was set up anew). Its recovery key opens it; afterwards, the same recovery key opens this practice too.`}
        isPending={unlock.isPending}
        onSubmit={unlockWith}
        onCancel={() => setLocked(null)}
      />
      <ConfirmDialog
        isOpen={target !== null}
        title="Replace your practice with this backup?"
        confirmLabel="Replace my practice"
        destructive
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      >
        {target ? (
          <>
            <p>
              Your practice is not damaged: it is the one open now, in <span className="backup-path">{practiceFile}</span>.
              Restoring replaces all of it with {madeWhen(target)}. Whatever you recorded after that will not be in the
              restored practice.
            </p>
            <p>
              Your practice as it is now is backed up first, so you can come back to it from this list. Coachbook checks the
              backup before using it and reloads the window afterwards. {NEVER_UNDONE}
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  )
}
