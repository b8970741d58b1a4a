import { useState } from 'react'
import { Link } from 'react-router'
import { ACTION_OWNER_LABELS } from '../../../electron/shared/actions'
import { formatDay } from '../../../electron/shared/dates'
import { REVIEW_KIND_LABELS } from '../../../electron/shared/reviews'
import type { TodayAction, TodayOverview } from '../../../electron/shared/today'
import { todayAndWeek } from '../../../electron/shared/week'
import { heldText } from '../../../electron/shared/sessions'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { appLocale, dateTimeFormat, formatDate, formatDateTime, formatRelative } from '../../lib/format'
import { useBackupStatus } from '../backup/queries'
import { ExportToCalendarButton } from '../calendar/ExportToCalendar'
import { OverdueInvoices } from '../invoices/OverdueInvoices'
import { MissedReminders } from '../reminders/MissedReminders'
import { useTodayOverview } from './queries'
import { TodaySection } from './TodaySection'
import { SessionsSection } from './TodaySessions'
import './today.css'

/** "Sunday, 6 December 2026": the day in full, in the coach's locale. */
const longDay = (day: string) =>
  dateTimeFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))

/** The home screen: the coach's day and week across the whole practice, each item a link to its record. */
export function TodayPage() {
  const [{ weekStart, ...bounds }] = useState(() => todayAndWeek(appLocale()))
  const overview = useTodayOverview(bounds)
  return (
    <div className="workspace">
      <div className="tab-panel today-page" aria-busy={overview.isPending}>
        <h1 id="today-title">Today</h1>
        <p className="muted">
          {longDay(bounds.today)} · this week {formatDay(weekStart)} – {formatDay(bounds.weekEnd)}
        </p>
        {overview.data && !overview.data.newPractice ? (
          <div className="toolbar">
            <ExportToCalendarButton target="upcoming" label="Export upcoming sessions to calendar…" />
          </div>
        ) : null}
        <MissedReminders />
        {overview.isError ? (
          <p className="form-error" role="alert">
            {messageOf(overview.error)}
          </p>
        ) : overview.data?.newPractice ? (
          <Welcome />
        ) : overview.data ? (
          <Overview overview={overview.data} />
        ) : null}
      </div>
    </div>
  )
}

function Welcome() {
  return (
    <EmptyState
      title="Welcome to Coachbook"
      action={
        <Link className="button button-primary" to="/clients/new">
          Add your first client
        </Link>
      }
    >
      Start with a client, then contract an engagement from their page. From then on, each morning here shows your sessions
      with what to prepare, the actions falling due and who needs a word.
    </EmptyState>
  )
}

function Overview({ overview }: { overview: TodayOverview }) {
  const { sessionsToday, sessionsThisWeek } = overview
  return (
    <div className="today-grid">
      <SessionsSection
        id="today-sessions"
        title="Sessions today"
        sessions={sessionsToday.items}
        total={sessionsToday.total}
        empty="No sessions today."
        withDay={false}
      />
      <SessionsSection
        id="week-sessions"
        title="Later this week"
        sessions={sessionsThisWeek.items}
        total={sessionsThisWeek.total}
        empty="No more sessions this week."
        withDay
      />
      <ActionsSection id="overdue-actions" title="Overdue actions" list={overview.overdueActions} empty="No action is overdue." />
      <ActionsSection id="due-actions" title="Actions due this week" list={overview.actionsDueThisWeek} empty="No action falls due this week." />
      <OverdueInvoices />
      <TodaySection
        id="goals-at-risk"
        title="Goals at risk"
        shown={overview.goalsAtRisk.items.length}
        total={overview.goalsAtRisk.total}
        empty="No goal is at risk."
      >
        <ul className="today-list" aria-labelledby="goals-at-risk">
          {overview.goalsAtRisk.items.map((goal) => (
            <li key={goal.id}>
              <Link to={`/engagements/${goal.engagementId}/goals`}>{goal.statement}</Link>
              <span className="muted">
                {' '}
                · {goal.clientName}
                {goal.deadline ? ` · by ${formatDate(goal.deadline)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </TodaySection>
      <EndingSection list={overview.endingEngagements} />
      <FollowUpsSection list={overview.followUps} />
      <QuietSection list={overview.quietClients} weeks={overview.quietWeeks} />
      <BackupSection />
    </div>
  )
}

function ActionsSection({ id, title, list, empty }: { id: string; title: string; list: { items: TodayAction[]; total: number }; empty: string }) {
  return (
    <TodaySection id={id} title={title} shown={list.items.length} total={list.total} empty={empty} more="on each client's page">
      <ul className="today-list" aria-labelledby={id}>
        {list.items.map((action) => (
          <li key={action.id}>
            <Link to={`/engagements/${action.engagementId}/goals`}>{action.description}</Link>
            <span className="muted">
              {' '}
              · {action.clientName} · {ACTION_OWNER_LABELS[action.owner]} · due {formatDate(action.dueOn)}
            </span>
          </li>
        ))}
      </ul>
    </TodaySection>
  )
}

function EndingSection({ list }: { list: TodayOverview['endingEngagements'] }) {
  return (
    <TodaySection
      id="ending-engagements"
      title="Engagements nearing their end"
      shown={list.items.length}
      total={list.total}
      empty="No engagement is near its end date or its last planned session."
    >
      <ul className="today-list" aria-labelledby="ending-engagements">
        {list.items.map((engagement) => (
          <li key={engagement.engagementId}>
            <Link to={`/engagements/${engagement.engagementId}`}>{engagement.engagementTitle}</Link>
            <span className="muted">
              {' '}
              · {engagement.clientName}
              {engagement.plannedEndDate ? ` · ends ${formatDate(engagement.plannedEndDate)}` : ''} ·{' '}
              {heldText(engagement.held, engagement.planned, engagement.noun)}
            </span>
          </li>
        ))}
      </ul>
    </TodaySection>
  )
}

function FollowUpsSection({ list }: { list: TodayOverview['followUps'] }) {
  return (
    <TodaySection id="follow-ups" title="Review follow-ups due" shown={list.items.length} total={list.total} empty="No review follow-up is due.">
      <ul className="today-list" aria-labelledby="follow-ups">
        {list.items.map((followUp) => (
          <li key={followUp.reviewId}>
            <Link to={`/engagements/${followUp.engagementId}/reviews`}>
              {REVIEW_KIND_LABELS[followUp.kind]} · {followUp.clientName}
            </Link>
            <span className="muted">
              {' '}
              · {followUp.engagementTitle} · follow up {formatDate(followUp.followUpOn)}
            </span>
          </li>
        ))}
      </ul>
    </TodaySection>
  )
}

function QuietSection({ list, weeks }: { list: TodayOverview['quietClients']; weeks: number }) {
  const title = `No session for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`
  return (
    <TodaySection
      id="quiet-clients"
      title={title}
      shown={list.items.length}
      total={list.total}
      empty={`Every client of an active engagement has had a session in the last ${weeks === 1 ? 'week' : `${weeks} weeks`}.`}
    >
      <ul className="today-list" aria-labelledby="quiet-clients">
        {list.items.map((client) => (
          <li key={client.clientId}>
            <Link to={`/clients/${client.clientId}`}>{client.clientName}</Link>
            <span className="muted">
              {' '}
              · {client.lastSessionAt ? `last session ${formatDateTime(client.lastSessionAt)}` : 'no session held yet'}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">
        Change the number of weeks in <Link to="/settings">Settings</Link>.
      </p>
    </TodaySection>
  )
}

/** How long ago a moment was, in the largest whole unit that fits: "5 minutes ago", "yesterday", "3 days ago". */
function ageOf(moment: string, now: number): string {
  const minutes = Math.round((Date.parse(moment) - now) / 60_000)
  if (Math.abs(minutes) < 60) return formatRelative(minutes, 'minute')
  const hours = Math.round(minutes / 60)
  if (Math.abs(hours) < 48) return formatRelative(hours, 'hour')
  return formatRelative(Math.round(hours / 24), 'day')
}

function BackupSection() {
  const status = useBackupStatus()
  const [now] = useState(() => Date.now())
  const last = status.data?.lastBackupAt ?? null
  return (
    <section className="today-section" aria-labelledby="today-backup">
      <h2 id="today-backup">Last backup</h2>
      {status.isError ? (
        <p className="form-error" role="alert">
          {messageOf(status.error)}
        </p>
      ) : status.data ? (
        <>
          <p>
            {last ? (
              <>
                {ageOf(last, now)} <span className="muted">· {formatDateTime(last)}</span>
              </>
            ) : (
              'No backup has been made yet.'
            )}
          </p>
          {status.data.lastFailure ? (
            <p className="form-error">The last backup failed: {status.data.lastFailure.message}</p>
          ) : null}
          <p className="muted">
            Back up now or choose where backups go in <Link to="/settings">Settings</Link>.
          </p>
        </>
      ) : null}
    </section>
  )
}
