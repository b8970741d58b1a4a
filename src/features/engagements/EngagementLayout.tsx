import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import { Link, Outlet, useLocation, useParams } from 'react-router'
import { CopyLinkButton } from '../links/RecordLinks'
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { useEngagement } from './queries'
import { StatusMenu } from './StatusMenu'

const SECTIONS = [
  { path: '', label: 'Contract' },
  { path: 'assessment', label: 'Assessment' },
  { path: 'goals', label: 'Goals & actions' },
  { path: 'sessions', label: 'Sessions' },
  { path: 'reviews', label: 'Reviews' },
  { path: 'summary', label: 'Summary' }
] as const

/** One engagement's workspace: who and what at the top, its phases as tabs. */
export function EngagementLayout() {
  const id = Number(useParams().engagementId)
  const { pathname } = useLocation()
  const engagement = useEngagement(id)

  if (engagement.isPending) return <section className="workspace" aria-busy="true" aria-label="Engagement" />
  if (engagement.isError) {
    return (
      <section className="workspace" aria-label="Engagement">
        <EmptyState title="This engagement could not be shown">{messageOf(engagement.error)}</EmptyState>
      </section>
    )
  }
  const e = engagement.data
  const base = `/engagements/${e.id}`
  // The tab is the first path segment after the engagement's own address.
  const section = pathname.slice(base.length + 1).split('/')[0] ?? ''
  const selected = SECTIONS.some((s) => s.path === section) ? section : ''

  return (
    <section className="workspace" aria-labelledby="engagement-title">
      <header className="workspace-header">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/clients">Clients</Link> › <Link to={`/clients/${e.clientId}`}>{e.clientName}</Link>
        </nav>
        <div className="workspace-title-row">
          <div>
            <h1 id="engagement-title">{e.title}</h1>
            <p className="muted">
              {e.kind.name} · <span className={`status status-${e.status}`}>{ENGAGEMENT_STATUS_WORDS[e.status].label}</span>
              {e.startDate ? ` · from ${formatDate(e.startDate)}` : ''}
              {e.plannedEndDate ? ` to ${formatDate(e.plannedEndDate)}` : ''}
              {e.sponsorOrganisation ? ` · sponsored by ${e.sponsorOrganisation.name}` : ''}
            </p>
          </div>
          <div className="toolbar">
            <CopyLinkButton kind="engagement" id={e.id} />
            <StatusMenu engagement={e} />
          </div>
        </div>
      </header>
      <Tabs selectedKey={selected} className="tabs">
        <TabList aria-label="Engagement phases" className="tab-list">
          {SECTIONS.map((s) => (
            <Tab key={s.path} id={s.path} href={s.path ? `${base}/${s.path}` : base} className="tab">
              {s.label}
            </Tab>
          ))}
        </TabList>
        {/* A panel for every tab, so each tab's aria-controls points at one; only the chosen one has content. */}
        {SECTIONS.map((s) => (
          <TabPanel key={s.path} id={s.path} shouldForceMount className="tab-panel">
            {s.path === selected ? <Outlet context={e} /> : null}
          </TabPanel>
        ))}
      </Tabs>
    </section>
  )
}
