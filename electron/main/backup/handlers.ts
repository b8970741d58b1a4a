import { effect, write, type DomainHandlers } from '../db/door'
import { readAppLock, setAppLock, unlockApp } from './appLock'
import { usePassphrase, useKeychain } from './passphrase'
import { encryptionState, makeRecoveryKey, unlockBackup } from './recoveryKey'
import { rekeyPractice } from './rekey'
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

/** The backup and encryption channels share the files the coach picked: a locked one is unlocked, then restored. */
export function backupHandlers(context: BackupContext): DomainHandlers<'backup'> & DomainHandlers<'encryption'> {
  const picked: PickedFiles = new Map()
  return {
    'encryption:status': async () => encryptionState(context),
    'encryption:makeRecoveryKey': effect((door) => makeRecoveryKey(door.reader, context)),
    'encryption:usePassphrase': effect((_door, input) => usePassphrase(context, input)),
    'encryption:useKeychain': effect(() => useKeychain(context)),
    'encryption:appLock': (reader) => readAppLock(reader),
    'encryption:setAppLock': effect((door, choice) => setAppLock(door, choice)),
    'encryption:unlockApp': effect((_door, input) => unlockApp(context, input)),
    'encryption:rekey': effect(async (door, input) => (await rekeyPractice(door, context, input)).state),
    'encryption:unlockBackup': effect((_door, input) => unlockBackup(context, picked, input)),
    'backup:status': (reader) => backupStatus(reader, context),
    'backup:list': (reader) => listBackups(reader, context),
    'backup:now': effect((door) => backUp(door, context, 'manual')),
    'backup:chooseFolder': effect((door) => chooseBackupFolder(door, context)),
    'backup:updateSettings': write((writer, input) => updateBackupSettings(writer, context, input)),
    'backup:chooseFile': effect(() => chooseBackupFile(context, picked)),
    'backup:restore': effect((door, input) => restoreBackup(door, context, picked, input)),
    'backup:encryption': async () => encryptionStatus(context),
    'backup:encrypt': effect((door, input) => encryptPractice(door, context, input)),
    'backup:forgetPlainPractice': effect(async () => forgetPlainPractice(context))
  }
}
