import { useMemo, useState } from 'react'
import { Collection, GridList, GridListItem, GridListLoadMoreItem, ListLayout, Virtualizer } from 'react-aria-components'
import type { Action } from '../../../electron/shared/actions'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { ActionDialog } from './ActionDialog'
import { ActionDialogs, ActionRowContent, actionRowClass, type ActionDialogKind, type ActionItemProps } from './ActionItem'
import { useOpenActions } from './queries'
import './actions.css'
import { formatNumber } from '../../lib/format'

type Goals = NonNullable<ActionItemProps['goals']>

/** Rows are measured as they render; this is the guess for the ones not rendered yet. */
const LIST_LAYOUT = { estimatedRowHeight: 52, loaderHeight: 32 }

/**
 * The engagement's accountability list: every open action, the overdue ones marked.
 * Only the rows in view are in the page, and the next page is fetched as the coach
 * scrolls to it, so a long engagement opens as quickly as a new one.
 */
export function OpenActions({ engagementId, goals }: { engagementId: number; goals: Goals }) {
  const open = useOpenActions(engagementId)
  const [adding, setAdding] = useState(false)
  const items = useMemo(() => open.data?.pages.flatMap((page) => page.items) ?? [], [open.data])
  const { total = 0, overdue = 0 } = open.data?.pages[0] ?? {}

  return (
    <section className="open-actions" aria-labelledby="open-actions-heading">
      <div className="section-header">
        <h2 id="open-actions-heading" className="open-actions-heading">
          Open actions{' '}
          {open.isSuccess ? (
            <span className="muted open-actions-count">
              {formatNumber(total)}
              {overdue > 0 ? <span className="overdue"> · {formatNumber(overdue)} overdue</span> : null}
            </span>
          ) : null}
        </h2>
        <Button onPress={() => setAdding(true)}>New action</Button>
      </div>
      {open.isError ? (
        <p className="form-error" role="alert">
          {messageOf(open.error)}
        </p>
      ) : open.isSuccess && total === 0 ? (
        <p className="muted">
          No open actions. Actions agreed with the client appear here until they are done, so you can follow up in the next session.
        </p>
      ) : open.isSuccess ? (
        <OpenActionList
          items={items}
          goals={goals}
          isLoadingMore={open.isFetchingNextPage}
          onLoadMore={() => {
            if (open.hasNextPage && !open.isFetchingNextPage) void open.fetchNextPage()
          }}
        />
      ) : null}
      {adding ? <ActionDialog engagementId={engagementId} goals={goals} onClose={() => setAdding(false)} /> : null}
    </section>
  )
}

interface OpenActionListProps {
  items: Action[]
  goals: Goals
  isLoadingMore: boolean
  onLoadMore(): void
}

/**
 * The open actions as a grid of rows with their own buttons. A row's dialogs are kept
 * here, not in the row, which the list unmounts once it scrolls out of view.
 */
function OpenActionList({ items, goals, isLoadingMore, onLoadMore }: OpenActionListProps) {
  const [chosen, setChosen] = useState<{ action: Action; open: ActionDialogKind | null } | null>(null)

  return (
    <>
      <Virtualizer layout={ListLayout} layoutOptions={LIST_LAYOUT}>
        <GridList aria-label="Open actions" className="action-list open-action-list">
          <Collection items={items}>
            {(action) => (
              <GridListItem id={action.id} textValue={action.description} className={actionRowClass(action)}>
                <ActionRowContent action={action} showGoal onOpen={(dialog) => setChosen({ action, open: dialog })} />
              </GridListItem>
            )}
          </Collection>
          <GridListLoadMoreItem className="action-list-loading muted" isLoading={isLoadingMore} onLoadMore={onLoadMore}>
            Loading more actions…
          </GridListLoadMoreItem>
        </GridList>
      </Virtualizer>
      {chosen ? (
        <ActionDialogs action={chosen.action} open={chosen.open} goals={goals} onClose={() => setChosen((current) => current && { ...current, open: null })} />
      ) : null}
    </>
  )
}
