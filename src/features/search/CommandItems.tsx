import { Collection, Header, ListBoxItem, ListBoxSection } from 'react-aria-components'
import { COMMAND_IDS, COMMANDS, type CommandId } from '../../app/commands/definitions'
import { useCommandState } from '../../app/commands/registry'
import { CommandLabel } from '../../components/CommandLabel'
import { shortcutLabel } from '../../lib/shortcuts'

export interface CommandMatch {
  id: string
  command: CommandId
  title: string
  shortcut: string | null
  run(): void
}

const KEY_PREFIX = 'command:'

/** Lower case without accents, so "reglages" finds "réglages". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The app's commands whose names hold every word typed (all of them when nothing is),
 * in the registry's order; the ones the screen on show cannot run are listed disabled.
 */
export function useMatchingCommands(text: string) {
  const state = useCommandState()
  const words = folded(text).split(/\s+/).filter(Boolean)
  const items: CommandMatch[] = COMMAND_IDS.filter((id) => words.every((word) => folded(COMMANDS[id].title).includes(word))).map((id) => ({
    id: `${KEY_PREFIX}${id}`,
    command: id,
    title: COMMANDS[id].title,
    shortcut: COMMANDS[id].key ? shortcutLabel(COMMANDS[id].key) : null,
    run: () => state.run(id)
  }))
  const disabledKeys = items.filter((item) => !state.isEnabled(item.command)).map((item) => item.id)
  const byKey = new Map(items.map((item) => [item.id, item]))
  return { items, disabledKeys, byKey }
}

/** The palette's Commands group: each command with its shortcut. */
export function CommandItems({ commands }: { commands: CommandMatch[] }) {
  if (commands.length === 0) return null
  return (
    <ListBoxSection id="commands" className="search-group">
      <Header className="search-group-title">Commands</Header>
      <Collection items={commands}>
        {(item) => (
          <ListBoxItem id={item.id} textValue={item.title} className="search-result command-item">
            <CommandLabel label={item.title} shortcut={item.shortcut} />
          </ListBoxItem>
        )}
      </Collection>
    </ListBoxSection>
  )
}
