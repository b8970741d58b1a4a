import type { Generated } from 'kysely'
import type { Cadence, EngagementStatus, SponsorReportingLevel } from '../../shared/engagements'

export interface EngagementKindsTable {
  id: Generated<number>
  name: string
  isMentoring: number
  builtIn: number
  defaultPlannedSessions: number | null
  defaultCadence: Cadence
  defaultSessionMinutes: number
}

export interface EngagementsTable {
  id: Generated<number>
  clientId: number
  kindId: number
  title: string
  sponsorOrganisationId: number | null
  sponsorContactId: number | null
  startDate: string | null
  plannedEndDate: string | null
  plannedSessions: number | null
  sessionMinutes: number
  cadence: Cadence
  /** The fee in the currency's minor unit; the three fee columns are all set or all null. */
  feeAmountMinor: number | null
  feeCurrency: string | null
  feeBasis: 'per_session' | 'package' | null
  cancellationTerms: string
  confidentialityTerms: string
  sponsorReporting: SponsorReportingLevel
  recordsConsentOn: string | null
  disposalOn: string | null
  status: EngagementStatus
  createdAt: string
  updatedAt: string
}

export interface EngagementStatusChangesTable {
  id: Generated<number>
  engagementId: number
  status: EngagementStatus
  changedOn: string
  note: string
  recordedAt: string
}

export interface EngagementTables {
  engagementKinds: EngagementKindsTable
  engagements: EngagementsTable
  engagementStatusChanges: EngagementStatusChangesTable
}
