import { shortcutLabel } from '../../lib/shortcuts'

/** What a delete's confirmation says of Undo: a delete can be taken back while Coachbook stays open. */
export const UNDO_BRINGS_IT_BACK = `Undo (${shortcutLabel('Z')}) brings it back until you close Coachbook.`

/** What an erasure's or a restore's confirmation says before it: neither it nor anything before it can be undone. */
export const NEVER_UNDONE = 'Undo cannot take this back, and the changes made before it can no longer be undone either.'
