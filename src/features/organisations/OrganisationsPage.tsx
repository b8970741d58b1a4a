import { useRef, useState } from 'react'
import { Outlet, useNavigate, useParams } from 'react-router'
import { Input, ListBox, ListBoxItem, SearchField, type Key } from 'react-aria-components'
import { Button } from '../../components/Button'
import { useRowMenu } from '../../components/ContextMenu'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { OrganisationDialog } from './OrganisationDialog'
import { SponsorRowMenu } from './SponsorRowMenu'
import { useOrganisationList } from './queries'
import './organisations.css'
import { countOf, noun } from '../../../electron/shared/words'

/** Sponsor organisations beside the selected one, like the client list. */
export function OrganisationsPage() {
  const navigate = useNavigate()
  const { organisationId } = useParams()
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(false)
  const filterRef = useRef<HTMLInputElement>(null)
  const list = useOrganisationList(query)
  const items = list.data?.items ?? []

  useCommands({ 'sponsor.new': () => setAdding(true), 'list.filter': () => filterRef.current?.focus() })
  const rowMenu = useRowMenu(items)

  const select = (key: Key | null) => {
    if (key !== null && String(key) !== organisationId) void navigate(`/organisations/${String(key)}`)
  }

  return (
    <div className="master-detail">
      <section className="list-pane" aria-label="Sponsor list" onContextMenu={rowMenu.onContextMenu}>
        <header className="pane-header">
          <h1>Sponsors</h1>
          <Button variant="primary" onPress={() => setAdding(true)} aria-keyshortcuts={shortcutLabel('n')}>
            New organisation
          </Button>
        </header>
        <div className="list-tools">
          <SearchField value={query} onChange={setQuery} className="search-field" aria-label="Filter organisations">
            <Input ref={filterRef} placeholder={`Filter organisations (${shortcutLabel('f')})`} />
          </SearchField>
          <span className="count" aria-live="polite">
            {list.isSuccess ? countOf(items.length, noun('organisation')) : ''}
          </span>
        </div>
        {list.isError ? (
          <EmptyState title="The sponsor list could not be loaded">{messageOf(list.error)}</EmptyState>
        ) : list.isSuccess && items.length === 0 ? (
          query.trim() ? (
            <EmptyState title={`No organisations match “${query.trim()}”`} action={<Button onPress={() => setQuery('')}>Clear filter</Button>}>
              Try part of the organisation's name.
            </EmptyState>
          ) : (
            <EmptyState
              title="No sponsors yet"
              action={
                <Button variant="primary" onPress={() => setAdding(true)}>
                  Add the first organisation
                </Button>
              }
            >
              When an employer pays for a client's coaching, add the organisation and its contacts here, then choose it
              as the sponsor in the engagement's contract.
            </EmptyState>
          )
        ) : (
          <ListBox
            aria-label="Organisations"
            className="list"
            items={items}
            selectionMode="single"
            selectionBehavior="replace"
            selectedKeys={organisationId ? [Number(organisationId)] : []}
            onSelectionChange={(keys) => select([...keys][0] ?? null)}
          >
            {(organisation) => (
              <ListBoxItem id={organisation.id} textValue={organisation.name} className="list-item">
                <span className="list-item-title">{organisation.name}</span>
                <span className="list-item-meta">
                  {organisation.contactCount === 0
                    ? 'No contacts'
                    : countOf(organisation.contactCount, noun('contact'))}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        )}
        {rowMenu.target ? <SponsorRowMenu key={rowMenu.target.opened} sponsor={rowMenu.target.row} at={rowMenu.target.at} /> : null}
      </section>
      <Outlet />
      {adding ? (
        <OrganisationDialog
          onSaved={(organisation) => {
            setAdding(false)
            void navigate(`/organisations/${organisation.id}`)
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
    </div>
  )
}

export function NoOrganisationSelected() {
  return (
    <section className="detail-pane" aria-label="Organisation">
      <EmptyState title="No organisation selected">
        Choose a sponsor from the list to see its contacts, or press {shortcutLabel('n')} to add one.
      </EmptyState>
    </section>
  )
}
