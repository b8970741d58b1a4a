import { OPEN_ACTIONS_ON_CLOSING, OPEN_ACTIONS_ON_CLOSING_WORDS, type OpenActionsOnClosing } from '../../../electron/shared/actions'
import { pluralOf } from '../../../electron/shared/words'
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
  const labelOf = (choice: OpenActionsOnClosing) => {
    const said = pluralOf(total, OPEN_ACTIONS_ON_CLOSING_WORDS[choice])
    return choice === 'done' && closingOn ? `${said} on ${formatDate(closingOn)}` : said
  }
  return (
    <RadioField
      label={total === 1 ? 'It has 1 open action' : `It has ${total} open actions`}
      options={OPEN_ACTIONS_ON_CLOSING.map((choice) => ({ value: choice, label: labelOf(choice) }))}
      value={value}
      onChange={onChange}
      description="Kept open, they are no longer overdue: they wait for the follow-up."
    />
  )
}
