import { useState } from 'react'
import type { Backup, BackupInterval, BackupStatus } from '../../../electron/shared/backup'
import { BACKUP_KEEP } from '../../../electron/shared/backup'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { ApiError, messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { formatSize, INTERVAL_OPTIONS, KIND_LABELS } from './labels'
import { useBackUpNow, useBackupList, useBackupStatus, useChooseBackupFolder, useRestoreBackup, useUpdateBackupSettings } from './queries'
import './backup.css'

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
          <SavedBackups />
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

function Schedule({ status }: { status: BackupStatus }) {
  const update = useUpdateBackupSettings()
  const [keepError, setKeepError] = useState<string | undefined>()
  const save = (change: { keep?: number; interval?: BackupInterval }) => {
    setKeepError(undefined)
    update.mutate(
      { keep: status.keep, interval: status.interval, ...change },
      {
        onSuccess: () => notify({ title: 'Backup settings saved' }),
        onError: (error) => {
          if (error instanceof ApiError && error.field === 'keep') setKeepError(error.message)
          else notify({ title: 'Backup settings were not saved', description: messageOf(error) })
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
        error={keepError}
        description="Older backups Coachbook made are deleted; other files in the folder are never touched."
      />
    </div>
  )
}

function BackUpNow() {
  const backUp = useBackUpNow()
  const start = () =>
    backUp.mutate(undefined, {
      onSuccess: (backup) => notify({ title: 'Backup made and checked', description: formatSize(backup.sizeBytes) }),
      onError: (error) => notify({ title: 'No backup was made', description: messageOf(error) })
    })
  return (
    <div className="backup-now">
      <Button variant="primary" onPress={start} isDisabled={backUp.isPending}>
        {backUp.isPending ? 'Backing up…' : 'Back up now'}
      </Button>
      {backUp.isPending ? (
        <span role="status" className="backup-progress">
          <progress aria-label="Backing up" />
          Copying your practice and checking the copy…
        </span>
      ) : null}
    </div>
  )
}

/** What the coach asked to restore: one of the listed backups, or a file they will pick. */
type RestoreTarget = { backup: Backup } | { fromFile: true }

function SavedBackups() {
  const list = useBackupList()
  const restore = useRestoreBackup()
  const [target, setTarget] = useState<RestoreTarget | null>(null)
  const [restoreError, setRestoreError] = useState<string | null>(null)

  const confirm = () => {
    if (!target) return
    setTarget(null)
    setRestoreError(null)
    restore.mutate('backup' in target ? { backupId: target.backup.id } : {}, {
      // Every record may have changed: start the window afresh on the restored practice.
      onSuccess: (result) => {
        if (result.restored) window.location.reload()
      },
      onError: (error) => setRestoreError(messageOf(error))
    })
  }

  return (
    <>
      <div className="section-header">
        <h3 id="saved-backups-title">Copies in the folder</h3>
        <Button variant="quiet" onPress={() => setTarget({ fromFile: true })} isDisabled={restore.isPending}>
          Restore from a file…
        </Button>
      </div>
      {restoreError ? <p role="alert" className="form-error">{restoreError}</p> : null}
      {restore.isPending ? <p role="status">Checking the backup and restoring it…</p> : null}
      {list.isError ? <p role="alert" className="form-error">{messageOf(list.error)}</p> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="muted">No backups yet. Back up now to make the first one; Coachbook also makes them on the schedule above.</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="backup-list" aria-labelledby="saved-backups-title">
          {list.data.items.map((backup) => (
            <li key={backup.id} className="backup-item">
              <span className="backup-when">{formatDateTime(backup.createdAt)}</span>
              <span className="muted">{KIND_LABELS[backup.kind]}</span>
              <span className="muted backup-size">{formatSize(backup.sizeBytes)}</span>
              <Button onPress={() => setTarget({ backup })} isDisabled={restore.isPending}>
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        isOpen={target !== null}
        title={target && 'backup' in target ? 'Restore this backup?' : 'Restore a backup from a file?'}
        confirmLabel={target && 'backup' in target ? 'Restore backup' : 'Choose file…'}
        destructive
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      >
        <p>
          {target && 'backup' in target
            ? `Your practice will be replaced by the backup from ${formatDateTime(target.backup.createdAt)}.`
            : 'Your practice will be replaced by the backup you choose.'}
        </p>
        <p>
          Your current data is backed up first, so you can go back to it from this list. Coachbook checks the backup before
          using it and reloads the window afterwards.
        </p>
      </ConfirmDialog>
    </>
  )
}
