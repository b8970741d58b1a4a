import { useState } from 'react'
import { CheckboxField } from '../../components/CheckboxField'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { noticeWords } from './BillingDialog'
import { useBillingTerms, useSetCancelledLate } from './queries'

/**
 * On a cancelled session: whether it was cancelled late, with less notice than the contract
 * asks. Saved at once; the contract says whether it is billed.
 */
export function CancelledLateToggle({ engagementId, sessionId }: { engagementId: number; sessionId: number }) {
  const terms = useBillingTerms(engagementId)
  const setLate = useSetCancelledLate()
  // What the coach just chose, shown until main's answer has refreshed the terms.
  const [chosen, setChosen] = useState<boolean | null>(null)
  if (!terms.data) return null
  const late = chosen ?? terms.data.lateCancelledSessionIds.includes(sessionId)
  const notice = noticeWords(terms.data.lateCancellationNoticeHours)
  return (
    <div className="cancelled-late">
      <CheckboxField
        label={`Cancelled late (with less than ${notice})`}
        isSelected={late}
        isDisabled={setLate.isPending}
        onChange={(cancelledLate) => {
          setChosen(cancelledLate)
          setLate.mutate(
            { sessionId, cancelledLate },
            { onError: (error) => notify({ title: 'Not saved', description: messageOf(error) }), onSettled: () => setChosen(null) }
          )
        }}
      />
      <p className="muted">{terms.data.lateCancellationBillable ? 'The contract bills a late cancellation as a session.' : 'The contract does not bill late cancellations.'}</p>
    </div>
  )
}
