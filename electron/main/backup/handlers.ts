import { effect, write, type DomainHandlers } from '../db/door'
import { encryptionStatus, encryptPractice, forgetPlainPractice } from './encrypt'
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
    'backup:status': (reader) => backupStatus(reader, context),
    'backup:list': (reader) => listBackups(reader, context),
    'backup:now': effect((door) => backUp(door, context, 'manual')),
    'backup:chooseFolder': effect((door) => chooseBackupFolder(door, context)),
    'backup:updateSettings': write((writer, input) => updateBackupSettings(writer, context, input)),
    'backup:chooseFile': effect(() => chooseBackupFile(context, picked)),
    'backup:restore': effect((door, input) => restoreBackup(door, context, picked, input)),
    'backup:encryption': async () => encryptionStatus(context),
    'backup:encrypt': effect((door) => encryptPractice(door, context)),
    'backup:forgetPlainPractice': effect(async () => forgetPlainPractice(context))
  }
}
