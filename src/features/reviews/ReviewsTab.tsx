import { useCallback, useState } from 'react'
import { Link, useNavigate, useOutletContext, useSearchParams } from 'react-router'
import type { Engagement } from '../../../electron/shared/engagements'
import { REVIEW_KIND_LABELS, type ReviewKind } from '../../../electron/shared/reviews'
import { inSentence } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { useGoals } from '../goals/queries'
import { useReviews } from './queries'
import { ReviewEditor } from './ReviewEditor'
import './reviews.css'

const NEW: Record<string, ReviewKind> = { 'new-midpoint': 'midpoint', 'new-final': 'final' }

/**
 * Mid-point and final reviews beside the one open. The choice lives in the address
 * (?review=4, ?review=new-midpoint, ?review=new-final); with none, the latest is open.
 */
export function ReviewsTab() {
  const engagement = useOutletContext<Engagement>()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const reviews = useReviews(engagement.id)
  const goals = useGoals(engagement.id)
  const items = reviews.data?.items ?? []
  const chosen = params.get('review') ?? ''
  const newKind = NEW[chosen]
  const selected = newKind ? undefined : (items.find((review) => String(review.id) === chosen) ?? items.at(-1))
  const hasFinal = items.some((review) => review.kind === 'final')

  const show = useCallback((search: string) => void navigate({ search }), [navigate])
  // Why completing a review just saved was refused, for the editor that opens on it.
  const [refused, setRefused] = useState<{ reviewId: number; error: unknown } | null>(null)
  const showReview = useCallback(
    (reviewId: number, refusal?: unknown) => {
      setRefused(refusal ? { reviewId, error: refusal } : null)
      show(`?review=${reviewId}`)
    },
    [show]
  )

  const ready = reviews.isSuccess && goals.isSuccess
  const goalItems = goals.data?.items ?? []

  return (
    <div className="reviews-tab">
      <section className="reviews-list-pane" aria-labelledby="reviews-heading">
        <div className="section-header">
          <h2 id="reviews-heading" className="reviews-heading">
            Reviews
          </h2>
        </div>
        <div className="reviews-new">
          <Button onPress={() => show('?review=new-midpoint')}>New {inSentence(REVIEW_KIND_LABELS.midpoint)}</Button>
          <Button variant="primary" onPress={() => show('?review=new-final')} isDisabled={hasFinal}>
            New {inSentence(REVIEW_KIND_LABELS.final)}
          </Button>
          {hasFinal ? <p className="muted reviews-hint">There is one final review per engagement; it is in the list.</p> : null}
        </div>
        {reviews.isError || goals.isError ? (
          <p className="form-error" role="alert">
            {messageOf(reviews.error ?? goals.error)}
          </p>
        ) : items.length > 0 ? (
          <ol className="reviews-list" aria-label="Reviews">
            {items.map((review) => (
              <li key={review.id} className={`reviews-item${review.id === selected?.id ? ' reviews-item-selected' : ''}`}>
                <Link to={{ search: `?review=${review.id}` }} className="reviews-item-link" aria-current={review.id === selected?.id ? 'true' : undefined}>
                  <span className="reviews-item-title">{REVIEW_KIND_LABELS[review.kind]}</span>
                  <span className="muted">
                    {formatDate(review.heldOn)} · {review.completedAt ? 'Completed' : 'Draft'}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        ) : null}
      </section>

      <div className="review-pane">
        {!ready ? null : newKind ? (
          <ReviewEditor key={chosen} engagementId={engagement.id} goals={goalItems} kind={newKind} onSaved={showReview} onClosed={() => show('')} />
        ) : selected ? (
          <ReviewEditor
            key={selected.id}
            engagementId={engagement.id}
            goals={goalItems}
            kind={selected.kind}
            review={selected}
            onSaved={showReview}
            refusal={refused?.reviewId === selected.id ? refused.error : undefined}
            onClosed={() => show('')}
          />
        ) : (
          <EmptyState title="No reviews yet">
            Halfway through, a mid-point review checks each goal against its baseline and target. At the end, the final review records the outcomes,
            what was learned and how the change will last, and closes the engagement.
          </EmptyState>
        )}
      </div>
    </div>
  )
}
