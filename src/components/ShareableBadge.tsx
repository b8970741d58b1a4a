import { PRIVACY_MARKS, type PrivacyMark } from '../../electron/shared/reviews'

/** Says at a glance who may read a note: only the coach, the client, or the client and the sponsor. */
export function ShareableBadge({ mark }: { mark: PrivacyMark }) {
  const { label, meaning } = PRIVACY_MARKS[mark]
  return (
    <span className={mark === 'private' ? 'private-badge' : 'shareable-badge'} title={meaning}>
      {label}
    </span>
  )
}
