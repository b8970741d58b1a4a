import { Button } from './Button'

/**
 * A form's Cancel. Pressing it leaves focus where it was: moving focus would first
 * blur the field being typed in, whose check then shows an error above the button and
 * pushes it away from under the pointer, so the click missed it.
 */
export function CancelButton({ onPress }: { onPress(): void }) {
  return (
    <Button preventFocusOnPress onPress={onPress}>
      Cancel
    </Button>
  )
}
