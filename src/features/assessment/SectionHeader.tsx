import { Button } from '../../components/Button'
import type { EditorSlot } from './InlineEditor'

export function SectionHeader({ id, title, addLabel, slot }: { id: string; title: string; addLabel: string; slot: EditorSlot }) {
  return (
    <div className="section-header">
      <h3 id={id}>{title}</h3>
      <Button onPress={() => slot.edit('new')} isDisabled={slot.busy}>
        {addLabel}
      </Button>
    </div>
  )
}
