import { describe, expect, it } from 'vitest'
import type { RecordLink } from '../../shared/links'
import { LinkInbox } from './inbox'

const UID = '0190f5a2-7c1e-7a3b-9c4d-5e6f7a8b9c0d'
const OTHER = '0190f5a2-7c1e-7a3b-9c4d-5e6f7a8b9c0e'

describe('the inbox of clicked record links', () => {
  it('keeps the link that started the app until the window listens, then hands each at once', () => {
    const inbox = new LinkInbox()
    const heard: RecordLink[] = []
    expect(inbox.receiveUrl(`coachbook://open/client/${UID}`)).toBe(true)
    expect(heard).toEqual([])
    inbox.listen((link) => heard.push(link))
    expect(inbox.receiveArguments(['coachbook', `coachbook://open/engagement/${OTHER}`])).toBe(true)
    expect(heard).toEqual([
      { kind: 'client', uid: UID },
      { kind: 'engagement', uid: OTHER }
    ])
  })

  it('keeps only the latest while the window reloads, and takes nothing that is not a record link', () => {
    const inbox = new LinkInbox()
    const heard: RecordLink[] = []
    inbox.listen((link) => heard.push(link))
    inbox.stopListening()
    inbox.receiveUrl(`coachbook://open/client/${UID}`)
    inbox.receiveUrl(`coachbook://open/session/${OTHER}`)
    expect(inbox.receiveUrl('coachbook://app/index.html')).toBe(false)
    expect(inbox.receiveArguments(['coachbook', '--inspect'])).toBe(false)
    inbox.listen((link) => heard.push(link))
    expect(heard).toEqual([{ kind: 'session', uid: OTHER }])
  })
})
