/**
 * The practice file as the rest of the app uses it: opened (with a verified backup
 * before an update), recovered at start-up, backed up on a schedule, restored.
 */
export { CHOOSE_BACKUP_DIALOG, listBackupFiles } from './files'
export { backupHandlers } from './handlers'
export { openPractice, reopenPractice, type PracticeOpening, type PracticeOptions } from './practice'
export { openWithRecovery, type OpenedPractice, type RecoveryIO, type RecoveryOptions } from './recovery'
export { upgradeAside, type StartUpgradeThread, type UpgradeView } from './upgrade'
export { restoreOverProblem } from './restore'
export { startBackupSchedule } from './schedule'
export { runScheduledBackup } from './service'
export { flushToDisk, writeVerifiedBackup } from './snapshot'
