import { useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { Menu, MenuItem, Popover, Separator } from 'react-aria-components'
import { CommandLabel } from './CommandLabel'

export interface ContextMenuItem {
  id: string
  label: string
  /** The command's shortcut as this system writes it, shown beside it. */
  shortcut?: string
  /** Set apart from the others, below a line. */
  destructive?: boolean
  onAction(): void
}

/** A point of the window, where a context menu opens. */
export interface Point {
  x: number
  y: number
}

/**
 * Handles a list's `contextmenu` event (a right-click or, on the focused row, the Menu
 * key or Shift+F10, which open the menu under the row rather than at the pointer) by
 * naming the row's key and the point. Rows are found by React Aria's `data-key`, so the
 * list itself needs no change.
 */
function onRowContextMenu(open: (key: string, at: Point) => void): (event: MouseEvent) => void {
  return (event) => {
    const row = (event.target as Element).closest('[role="option"][data-key], [role="row"][data-key]')
    const key = row?.getAttribute('data-key')
    if (!row || !key) return
    event.preventDefault()
    const fromKeyboard = event.clientX === 0 && event.clientY === 0
    const box = row.getBoundingClientRect()
    open(key, fromKeyboard ? { x: box.left + 16, y: box.bottom } : { x: event.clientX, y: event.clientY })
  }
}

/** The row a context menu was opened on, kept as it was then, where it opened, and which opening this is. */
export interface RowMenuTarget<T> {
  row: T
  at: Point
  opened: number
}

/**
 * A list's context menu state: the row is kept as it was when its menu opened, so that
 * archiving or deleting it takes its row away, not its menu's work (or its dialog).
 * Key the menu by `opened`, so each opening starts afresh.
 */
export function useRowMenu<T extends { id: number }>(rows: readonly T[]): { target: RowMenuTarget<T> | null; onContextMenu(event: MouseEvent): void } {
  const [target, setTarget] = useState<RowMenuTarget<T> | null>(null)
  const onContextMenu = onRowContextMenu((key, at) => {
    const row = rows.find((candidate) => String(candidate.id) === key)
    if (row) setTarget((open) => ({ row, at, opened: (open?.opened ?? 0) + 1 }))
  })
  return { target, onContextMenu }
}

/** A menu of React Aria Components at a point of the window: Esc or a click elsewhere closes it, focus goes back to the row. */
export function ContextMenu({ label, at, items, onClose }: { label: string; at: Point; items: ContextMenuItem[]; onClose(): void }) {
  const anchor = useRef<HTMLSpanElement>(null)
  const plain = items.filter((item) => !item.destructive)
  const destructive = items.filter((item) => item.destructive)
  const render = (item: ContextMenuItem): ReactNode => (
    <MenuItem key={item.id} id={item.id} textValue={item.label} className={item.destructive ? 'menu-item menu-item-danger' : 'menu-item'}>
      <CommandLabel label={item.label} shortcut={item.shortcut} />
    </MenuItem>
  )
  return (
    <>
      <span ref={anchor} className="context-menu-anchor" style={{ left: at.x, top: at.y }} />
      <Popover triggerRef={anchor} isOpen onOpenChange={(open) => !open && onClose()} placement="bottom start" offset={2} className="popover menu-popover" aria-label={label}>
        <Menu
          aria-label={label}
          className="menu"
          autoFocus="first"
          onAction={(key) => items.find((item) => item.id === key)?.onAction()}
          onClose={onClose}
        >
          {plain.map(render)}
          {destructive.length > 0 ? <Separator className="menu-separator" /> : null}
          {destructive.map(render)}
        </Menu>
      </Popover>
    </>
  )
}
