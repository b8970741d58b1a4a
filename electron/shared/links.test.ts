import { describe, expect, it } from 'vitest'
import { parseRecordLink, recordLinkInArguments, recordLinkUrl } from './links'

const UID = '0190f5a2-7c1e-7a3b-9c4d-5e6f7a8b9c0d'

describe('record links', () => {
  it('open a client, an engagement or a session by its global id, and read back as written', () => {
    for (const kind of ['client', 'engagement', 'session'] as const) {
      expect(recordLinkUrl({ kind, uid: UID })).toBe(`coachbook://open/${kind}/${UID}`)
      expect(parseRecordLink(`coachbook://open/${kind}/${UID}`)).toEqual({ kind, uid: UID })
    }
    // As some systems hand it over: the scheme and id in capitals.
    expect(parseRecordLink(`COACHBOOK://open/client/${UID.toUpperCase()}`)).toEqual({ kind: 'client', uid: UID })
  })

  it('refuse anything that is not exactly a record link, the app’s own pages first', () => {
    const refused = [
      'coachbook://app/index.html',
      `coachbook://app/client/${UID}`,
      `coachbook://open/goal/${UID}`,
      `coachbook://open/client/${UID}/edit`,
      `coachbook://open/client/${UID}?then=erase`,
      `coachbook://open/client/${UID}#x`,
      `coachbook://someone@open/client/${UID}`,
      `coachbook://open:8080/client/${UID}`,
      'coachbook://open/client/12',
      `https://open/client/${UID}`,
      `javascript://open/client/${UID}`,
      `coachbook://open/client/${UID}${'0'.repeat(200)}`,
      '',
      42,
      null
    ]
    for (const text of refused) expect(parseRecordLink(text), String(text)).toBeNull()
  })

  it('are found among a started copy’s arguments, where Windows and Linux put a clicked link', () => {
    expect(recordLinkInArguments(['/opt/Coachbook/coachbook', '--no-sandbox', `coachbook://open/session/${UID}`])).toEqual({ kind: 'session', uid: UID })
    expect(recordLinkInArguments(['/opt/Coachbook/coachbook', 'coachbook://app/index.html'])).toBeNull()
  })
})
