import type { DomainHandlers } from '../ipc/registry'
import {
  backUp,
  backupStatus,
  chooseBackupFile,
  chooseBackupFolder,
  listBackups,
  restoreBackup,
  updateBackupSettings,
  type BackupContext,
  type PickedFiles
} from './service'

export function backupHandlers(context: BackupContext): DomainHandlers<'backup'> {
  const picked: PickedFiles = new Map()
  return {
    'backup:status': () => backupStatus(context),
    'backup:list': () => listBackups(context),
    'backup:now': () => backUp(context, 'manual'),
    'backup:chooseFolder': () => chooseBackupFolder(context),
    'backup:updateSettings': (input) => updateBackupSettings(context, input),
    'backup:chooseFile': () => chooseBackupFile(context, picked),
    'backup:restore': (input) => restoreBackup(context, picked, input)
  }
}
