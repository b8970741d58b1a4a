import { OPEN_ACTIONS_ON_CLOSING, type OpenActionsOnClosing } from '../../../electron/shared/actions'
import { RadioField } from '../../components/RadioField'
import { formatDate } from '../../lib/format'
import { useOpenActions } from './queries'

export interface OpenActionsChoiceProps {
  engagementId: number
  /** The day the engagement closes: what is marked done is done that day. */
  closingOn: string
  value: OpenActionsOnClosing
  onChange(value: OpenActionsOnClosing): void
}

/**
 * Asked as an engagement is completed or cancelled: what becomes of the actions still
 * open. Nothing is asked when there are none.
 */
export function OpenActionsChoice({ engagementId, closingOn, value, onChange }: OpenActionsChoiceProps) {
  const open = useOpenActions(engagementId)
  const total = open.data?.pages[0]?.total ?? 0
  if (total === 0) return null
  const words: Record<OpenActionsOnClosing, string> = {
    done: closingOn ? `Mark ${total === 1 ? 'it' : 'them'} done on ${formatDate(closingOn)}` : `Mark ${total === 1 ? 'it' : 'them'} done`,
    dropped: `Drop ${total === 1 ? 'it' : 'them'}`,
    open: `Keep ${total === 1 ? 'it' : 'them'} open for the follow-up`
  }
  return (
    <RadioField
      label={total === 1 ? 'It has 1 open action' : `It has ${total} open actions`}
      options={OPEN_ACTIONS_ON_CLOSING.map((choice) => ({ value: choice, label: words[choice] }))}
      value={value}
      onChange={onChange}
      description="Kept open, they are no longer overdue: they wait for the follow-up."
    />
  )
}
