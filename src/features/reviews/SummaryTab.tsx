import { useOutletContext, useSearchParams } from 'react-router'
import { Switch } from 'react-aria-components'
import { SPONSOR_REPORTING, type Engagement } from '../../../electron/shared/engagements'
import { PRIVACY_MARKS, type Audience } from '../../../electron/shared/reviews'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { useSummary } from './queries'
import { ExportPdfButton } from '../reports/ExportPdfButton'
import { SummarySheet } from './SummarySheet'
import './reviews.css'
import '../../components/pointer-check.css'

/**
 * The end-of-engagement summary as a page, the way the PDF will read. "Sponsor view"
 * shows exactly what the sponsor may see: main leaves out the rest (?view=sponsor).
 */
export function SummaryTab() {
  const engagement = useOutletContext<Engagement>()
  const [params, setParams] = useSearchParams()
  const audience: Audience = params.get('view') === 'sponsor' ? 'sponsor' : 'client'
  const summary = useSummary(engagement.id, audience)
  const level = SPONSOR_REPORTING[engagement.sponsorReporting]

  return (
    <div className="summary-tab">
      <div className="summary-toolbar">
        <Switch
          className="summary-switch pointer-check"
          isSelected={audience === 'sponsor'}
          onChange={(sponsor) => setParams(sponsor ? { view: 'sponsor' } : {}, { replace: true })}
        >
          <span className="summary-switch-track" aria-hidden="true">
            <span className="summary-switch-thumb" />
          </span>
          Sponsor view
        </Switch>
        <ExportPdfButton
          engagementId={engagement.id}
          report="summary"
          audience={audience}
          label={audience === 'sponsor' ? 'Export sponsor PDF…' : 'Export client PDF…'}
        />
        <p className="summary-showing" role="status">
          {audience === 'sponsor' ? (
            <>
              <strong>Showing the sponsor’s version.</strong> Sponsor reporting agreed in the contract: <strong>{level.label}</strong>.{' '}
              {level.explanation}
              {engagement.sponsorOrganisation ? null : ' This engagement has no sponsor: this is what one would see.'}
            </>
          ) : (
            <>
              <strong>Showing the client’s version:</strong> everything except what is marked {PRIVACY_MARKS.private.label.toLowerCase()}: your
              private notes, private observations and measurement comments. Sponsor reporting agreed in the contract: {level.label}.
            </>
          )}
        </p>
      </div>
      {summary.isError ? (
        <EmptyState title="The summary could not be built">{messageOf(summary.error)}</EmptyState>
      ) : summary.isSuccess ? (
        <SummarySheet summary={summary.data} />
      ) : (
        <div className="summary-sheet" aria-busy="true" />
      )}
    </div>
  )
}
