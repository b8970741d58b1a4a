import type { DomainHandlers } from '../ipc/registry'
import {
  backUp,
  backupStatus,
  chooseBackupFolder,
  listBackups,
  restoreBackup,
  updateBackupSettings,
  type BackupContext
} from './service'

export function backupHandlers(context: BackupContext): DomainHandlers<'backup'> {
  return {
    'backup:status': () => backupStatus(context),
    'backup:list': () => listBackups(context),
    'backup:now': () => backUp(context, 'manual'),
    'backup:chooseFolder': () => chooseBackupFolder(context),
    'backup:updateSettings': (input) => updateBackupSettings(context, input),
    'backup:restore': (input) => restoreBackup(context, input)
  }
}
