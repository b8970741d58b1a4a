import { SEARCH_TYPE_NOUNS, type SearchResult, type SearchType } from '../../../electron/shared/search'
import { capitalised } from '../../../electron/shared/words'

/** Each group's heading in the results, and each type's name in the filter: "Intake notes". */
export function groupHeading(type: SearchType): string {
  return capitalised(SEARCH_TYPE_NOUNS[type].other)
}

/** The screen that shows a found record: its client, its sponsor, or the engagement tab it lives on. */
export function pathOf(result: SearchResult): string | null {
  const { clientId, organisationId, engagementId, sessionId } = result.route
  const engagement = engagementId === null ? null : `/engagements/${engagementId}`
  switch (result.type) {
    case 'client':
      return clientId === null ? null : `/clients/${clientId}`
    case 'organisation':
    case 'contact':
      return organisationId === null ? null : `/organisations/${organisationId}`
    case 'intake_note':
    case 'interview':
    case 'assessment_result':
    case 'growth_area':
      return engagement && `${engagement}/assessment`
    case 'goal':
    case 'action':
      return engagement && `${engagement}/goals`
    case 'session':
    case 'introduction':
      return engagement && (sessionId === null ? `${engagement}/sessions` : `${engagement}/sessions/${sessionId}`)
    case 'review':
      return engagement && `${engagement}/reviews`
  }
}
