import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import type { About, LogHealth } from '../../../electron/shared/diagnostics'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { useAbout } from './queries'
import './diagnostics.css'

/** Settings' "About & diagnostics": what is running and where, and whether the log is written — what support asks first. */
export function AboutSettings() {
  const about = useAbout()
  const shown = useShownOnArrival(about.isSuccess)
  return (
    <section aria-labelledby="about-title" className="about-settings" ref={shown}>
      <h2 id="about-title">About &amp; diagnostics</h2>
      {about.isError ? <p role="alert" className="form-error">{messageOf(about.error)}</p> : null}
      {about.data ? (
        <>
          <LogState log={about.data.log} />
          <Facts about={about.data} />
        </>
      ) : null}
    </section>
  )
}

/** What Help › About and diagnostics hands Settings: open at this section. */
export const ABOUT_SECTION = 'about'

/**
 * Brings the section into view when Settings was opened to show it (Help › About and
 * diagnostics), once its facts are there, so that their height is known.
 */
function useShownOnArrival(ready: boolean) {
  const section = useRef<HTMLElement>(null)
  const { state, key } = useLocation()
  const asked = (state as { section?: unknown } | null)?.section === ABOUT_SECTION
  useEffect(() => {
    if (asked && ready) section.current?.scrollIntoView({ block: 'start' })
  }, [asked, ready, key])
  return section
}

function LogState({ log }: { log: LogHealth }) {
  if (log.state !== 'failing') return null
  const lines = log.lost === 1 ? '1 line' : `${log.lost} lines`
  return (
    <div role="alert" className="form-error">
      <strong>The log is not being written</strong> (since {formatDateTime(log.since)}; {lines} lost). {log.problem}
    </div>
  )
}

function logText(log: LogHealth): string {
  if (log.state === 'writing') return 'Written'
  if (log.state === 'failing') return 'Not being written (see above)'
  return 'Not kept in this run'
}

function Facts({ about }: { about: About }) {
  const { versions, log } = about
  // Rows without a value (Electron's versions under the browser bridge, a log folder when none is kept) are left out.
  const rows: [string, string | null][] = [
    ['Coachbook', versions.coachbook],
    ['Electron', versions.electron],
    ['Chromium', versions.chromium],
    ['Node.js', versions.node],
    ['SQLite', versions.sqlite],
    ['Practice file', about.practiceFile],
    ['Data folder', about.dataFolder],
    ['Log folder', log.state === 'not_kept' ? null : log.folder],
    ['Log', logText(log)]
  ]
  return (
    <dl className="details about-facts">
      {rows.map(([label, value]) =>
        value === null ? null : (
          <div className="detail-row" key={label}>
            <dt>{label}</dt>
            <dd className="about-value">{value}</dd>
          </div>
        )
      )}
    </dl>
  )
}
