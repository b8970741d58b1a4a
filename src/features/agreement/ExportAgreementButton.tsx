import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { SavePdfButton } from '../reports/ExportPdfButton'

/** Drafts the engagement's coaching agreement as PDF, in the wording kept in Settings. */
export function ExportAgreementButton({ engagementId }: { engagementId: number }) {
  return <SavePdfButton label="Export agreement…" save={() => api.agreement.export({ engagementId, today: todayIso() })} />
}
