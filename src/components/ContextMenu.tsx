import { useRef, useState, type MouseEvent, type ReactNode } from 'react'
import { Keyboard, Menu, MenuItem, Popover, Separator, Text } from 'react-aria-components'

export interface ContextMenuItem {
  id: string
  label: string
  /** The command's shortcut as this system writes it, shown beside it. */
  shortcut?: string
  /** Set apart from the others, below a line. */
  destructive?: boolean
  onAction(): void
}

/** Where a context menu opens, and for which row of a list. */
export interface ContextMenuRequest {
  key: string
  at: { x: number; y: number }
}

/**
 * The context menu of a list's rows, opened with a right-click or, on the focused row,
 * the Menu key or Shift+F10 (which open it under the row rather than at the pointer).
 * Rows are found by React Aria's `data-key`, so the list itself needs no change.
 */
export function useRowContextMenu(): { request: ContextMenuRequest | null; onContextMenu(event: MouseEvent): void; close(): void } {
  const [request, setRequest] = useState<ContextMenuRequest | null>(null)
  const onContextMenu = (event: MouseEvent) => {
    const row = (event.target as Element).closest('[role="option"][data-key], [role="row"][data-key]')
    const key = row?.getAttribute('data-key')
    if (!row || !key) return
    event.preventDefault()
    const fromKeyboard = event.clientX === 0 && event.clientY === 0
    const box = row.getBoundingClientRect()
    setRequest({ key, at: fromKeyboard ? { x: box.left + 16, y: box.bottom } : { x: event.clientX, y: event.clientY } })
  }
  return { request, onContextMenu, close: () => setRequest(null) }
}

/** A menu of React Aria Components at a point of the window: Esc or a click elsewhere closes it, focus goes back to the row. */
export function ContextMenu({ label, at, items, onClose }: { label: string; at: { x: number; y: number }; items: ContextMenuItem[]; onClose(): void }) {
  const anchor = useRef<HTMLSpanElement>(null)
  const plain = items.filter((item) => !item.destructive)
  const destructive = items.filter((item) => item.destructive)
  const render = (item: ContextMenuItem): ReactNode => (
    <MenuItem key={item.id} id={item.id} textValue={item.label} className={item.destructive ? 'menu-item menu-item-danger' : 'menu-item'}>
      <Text slot="label">{item.label}</Text>
      {item.shortcut ? <Keyboard className="menu-shortcut">{item.shortcut}</Keyboard> : null}
    </MenuItem>
  )
  return (
    <>
      <span ref={anchor} className="context-menu-anchor" style={{ left: at.x, top: at.y }} />
      <Popover triggerRef={anchor} isOpen onOpenChange={(open) => !open && onClose()} placement="bottom start" offset={2} className="popover menu-popover">
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
