import { useState } from 'react'
import { useOutletContext } from 'react-router'
import type { Engagement } from '../../../electron/shared/engagements'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { GrowthAreas } from './GrowthAreas'
import type { EditorSlot } from './InlineEditor'
import { IntakeNotes } from './IntakeNotes'
import { Interviews } from './Interviews'
import { useAssessment } from './queries'
import { Results } from './Results'
import './assessment.css'

type Section = 'intake' | 'interviews' | 'results' | 'growth'

/** The assessment phase: what the coach learned before setting goals, private unless marked shareable. */
export function AssessmentTab() {
  const engagement = useOutletContext<Engagement>()
  const overview = useAssessment(engagement.id)
  // One editor at a time on this tab.
  const [editing, setEditing] = useState<{ section: Section; id: number | 'new' } | null>(null)

  if (overview.isPending) return <div aria-busy="true" aria-label="Assessment" />
  if (overview.isError) {
    return <EmptyState title="The assessment could not be loaded">{messageOf(overview.error)}</EmptyState>
  }

  const slot = (section: Section): EditorSlot => ({
    open: editing?.section === section ? editing.id : null,
    busy: editing !== null,
    edit: (id) => setEditing({ section, id }),
    close: () => setEditing(null)
  })

  return (
    <div className="assessment">
      <h2 className="visually-hidden">Assessment</h2>
      <p className="muted assessment-intro">
        Everything here is private to you unless you mark it shareable; only shareable items can reach the client's and
        sponsor's summaries.
      </p>
      <IntakeNotes overview={overview.data} slot={slot('intake')} />
      <Interviews overview={overview.data} slot={slot('interviews')} />
      <Results overview={overview.data} slot={slot('results')} />
      <GrowthAreas overview={overview.data} slot={slot('growth')} />
    </div>
  )
}
