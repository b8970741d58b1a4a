import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { LINKED_KIND_NOUNS, type LinkedKind, type LinkedRecord, type RecordLink } from '../../../electron/shared/links'
import { useCommands } from '../../app/commands/registry'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'

/** The screen a linked record opens on. */
function screenOf(record: NonNullable<LinkedRecord>): string {
  if (record.kind === 'client') return `/clients/${record.clientId}`
  if (record.kind === 'engagement') return `/engagements/${record.engagementId}`
  return `/engagements/${record.engagementId}/sessions/${record.sessionId}`
}

/**
 * Opens each record link the coach clicks in another app (a calendar event, a note) on
 * its record, or says plainly why it cannot: the record was deleted, or the link comes
 * from another practice.
 */
export function OpenRecordLinks() {
  const navigate = useNavigate()
  useEffect(() => {
    const open = async (link: RecordLink) => {
      try {
        const record = await api.links.resolve(link)
        if (record) return void navigate(screenOf(record))
        notify({
          title: `That ${LINKED_KIND_NOUNS[link.kind].one} is not in this practice`,
          description: 'It may have been deleted, or the link comes from another practice.'
        })
      } catch (error) {
        notify({ title: 'The link could not be opened', description: messageOf(error) })
      }
    }
    return window.coachbookDesktop?.onOpenLink((link) => void open(link))
  }, [navigate])
  return null
}

/**
 * "Copy link": the record's link on the clipboard, to paste into a calendar event or a
 * note, from which it opens the record again. Also the palette's command for the record on show.
 */
export function CopyLinkButton({ kind, id }: { kind: LinkedKind; id: number }) {
  const copy = async () => {
    try {
      const { url } = await api.links.forRecord({ kind, id })
      await navigator.clipboard.writeText(url)
      notify({ title: 'Link copied', description: `Paste it into a calendar event or a note; it opens this ${LINKED_KIND_NOUNS[kind].one} in Coachbook.` })
    } catch (error) {
      notify({ title: 'The link could not be copied', description: messageOf(error) })
    }
  }
  useCommands({ 'record.copyLink': () => void copy() })
  return (
    <Button onPress={() => void copy()} aria-label={`Copy link to this ${LINKED_KIND_NOUNS[kind].one}`}>
      Copy link
    </Button>
  )
}
