import { dirname } from 'node:path'
import { openWithRecovery, type ProblemChoice, type RecoveryIO } from '../backup/recovery'
import { silentLogger } from '../logging/logger'
import { standInPlatform } from './platform'
import { everyRow, type Rows } from './practice'

/**
 * The start-up's dialogs answered by a script: passphrases typed in the unlock window in
 * turn (null: Cancel), the choices pressed on a problem (then Quit), the recovery keys
 * typed; with what was told and the buttons offered.
 */
export function startUpDialogs(folder: string, passphrases: (string | null)[], choices: ProblemChoice[] = [], recoveryKeys: string[] = []) {
  const told: string[] = []
  const offered: string[][] = []
  const io: RecoveryIO = {
    platform: standInPlatform(folder),
    log: silentLogger,
    ask: async (_problem, buttons) => {
      offered.push(buttons.map((button) => button.label))
      return choices.shift() ?? 'quit'
    },
    inform: async (title) => void told.push(title),
    confirm: async () => false,
    askPassphrase: async () => passphrases.shift() ?? null,
    askRecoveryKey: async () => recoveryKeys.shift() ?? null
  }
  return { io, told, offered }
}

/**
 * Opens the practice at `file` as the start-up does on a computer with no keychain, the
 * passphrases typed in turn: the key it opened with and every row (but `skip`), then closes it.
 */
export async function openedByPassphrase(file: string, passphrases: string[], skip?: Parameters<typeof everyRow>[1]): Promise<{ key: Buffer; rows: Rows }> {
  const opened = await openWithRecovery(file, startUpDialogs(dirname(file), passphrases).io, {})
  if (!opened?.key) throw new Error(`${file} did not open with its passphrase`)
  try {
    return { key: opened.key, rows: everyRow(opened.database.sqlite, skip) }
  } finally {
    await opened.database.close()
  }
}
