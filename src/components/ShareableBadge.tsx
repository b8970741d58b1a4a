/** Says at a glance whether a note may reach the client's and sponsor's summaries. */
export function ShareableBadge({ shareable }: { shareable: boolean }) {
  return shareable ? (
    <span className="shareable-badge" title="Shareable with client and sponsor">
      Shareable
    </span>
  ) : (
    <span className="private-badge" title="Private to you">
      Private
    </span>
  )
}
