/**
 * The practice's recovery key in the window: the dialog that shows a new one once, the
 * one that asks for one, and the Settings part. A first-run screen makes the key with
 * `useMakeRecoveryKey()` (or `api.encryption.makeRecoveryKey({})`) and shows the answer
 * in `<RecoveryKeyDialog>`.
 */
export { EnterRecoveryKeyDialog, type EnterRecoveryKeyDialogProps } from './EnterRecoveryKeyDialog'
export { useEncryptionState, useMakeRecoveryKey, useUnlockBackup } from './queries'
export { RecoveryKeyDialog, type RecoveryKeyDialogProps } from './RecoveryKeyDialog'
export { AppLock, LockCommand } from './AppLock'
export { AppLockSettings } from './AppLockSettings'
export { NewPassphraseFields, PassphraseSettings } from './PassphraseSettings'
export { RecoveryKeySettings } from './RecoveryKeySettings'
export { RekeySettings } from './RekeySettings'
export { LOSING_BOTH } from '../../../electron/shared/encryption'
