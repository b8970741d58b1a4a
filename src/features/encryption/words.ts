/** Said wherever the recovery key is made or asked for: what losing it means, plainly. */
export const LOSING_BOTH =
  'If this computer’s keychain (or your passphrase) and this recovery key are both lost, your practice and its backups are gone: nobody, Coachbook included, can open them.'
