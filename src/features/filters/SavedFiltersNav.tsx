import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { SavedFilter } from '../../../electron/shared/filters'
import { totalFigure } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { pathOf } from './listFilter'
import { useDeleteFilter, useFiltersFollowChanges, useSavedFilters } from './queries'
import { RenameFilterDialog } from './SaveFilterDialog'

type Open = { dialog: 'rename' | 'delete'; saved: SavedFilter } | null

/** The saved filters in the sidebar, each a link to its list narrowed, with how many records it matches now. */
export function SavedFiltersNav() {
  useFiltersFollowChanges()
  const saved = useSavedFilters()
  const location = useLocation()
  const remove = useDeleteFilter()
  const [open, setOpen] = useState<Open>(null)
  const items = saved.data?.items ?? []
  if (items.length === 0) return null
  const here = `${location.pathname}${location.search}`
  return (
    <div className="saved-filters" role="group" aria-labelledby="saved-filters-title">
      <div id="saved-filters-title" className="nav-heading">
        Saved filters
      </div>
      {items.map((filter) => (
        <div key={filter.id} className="saved-filter">
          <Link
            to={pathOf(filter.target)}
            className={`nav-link${here === pathOf(filter.target) ? ' active' : ''}`}
            aria-current={here === pathOf(filter.target) ? 'page' : undefined}
          >
            <span className="saved-filter-name">
              {filter.name}
              {/* Read as "Quiet clients, 2". */}
              <span className="visually-hidden">,</span>
            </span>
            <span className="count">{totalFigure(filter.count)}</span>
          </Link>
          <MenuTrigger>
            <Button variant="quiet" className="saved-filter-more" aria-label={`More for ${filter.name}`}>
              ⋯
            </Button>
            <Popover className="popover menu-popover">
              <Menu className="menu" onAction={(key) => setOpen({ dialog: key as 'rename' | 'delete', saved: filter })}>
                <MenuItem id="rename" className="menu-item">
                  Rename…
                </MenuItem>
                <MenuItem id="delete" className="menu-item menu-item-danger">
                  Delete…
                </MenuItem>
              </Menu>
            </Popover>
          </MenuTrigger>
        </div>
      ))}
      {open?.dialog === 'rename' ? <RenameFilterDialog saved={open.saved} onDone={() => setOpen(null)} /> : null}
      {open?.dialog === 'delete' ? (
        <ConfirmDialog
          isOpen
          title={`Delete “${open.saved.name}”?`}
          confirmLabel="Delete filter"
          destructive
          onCancel={() => setOpen(null)}
          onConfirm={() => {
            const name = open.saved.name
            remove.mutate(
              { id: open.saved.id },
              {
                onSuccess: () => notify({ title: `Deleted the saved filter “${name}”` }),
                onError: (error) => notify({ title: messageOf(error) })
              }
            )
            setOpen(null)
          }}
        >
          Only the saved filter goes: no client or engagement changes.
        </ConfirmDialog>
      ) : null}
    </div>
  )
}
