import { z } from 'zod'
import { countedTotal } from './counts'
import { ENGAGEMENT_STATUSES } from './engagements'
import { listCursor } from './paging'
import { LIMITS, longText, optionalEmail, optionalText, recordId, requiredText, text, wholeNumber } from './text'

/** Sponsored engagements per page: a big corporate sponsor may have hundreds. */
export const SPONSORED_PAGE = { default: 100, max: 500 } as const

/** A sponsor organisation: who pays for an engagement, reused across engagements. */
export const organisationFields = z.strictObject({
  name: requiredText('The name', LIMITS.name, "Enter the organisation's name."),
  notes: longText('The notes')
})

/** A person at a sponsor organisation, e.g. the HR partner or the client's manager. */
export const contactFields = z.strictObject({
  name: requiredText('The name', LIMITS.name, "Enter the contact's name."),
  role: optionalText('The role', LIMITS.shortText),
  email: optionalEmail('The email address'),
  phone: optionalText('The phone number', LIMITS.shortText),
  notes: longText('The notes')
})

export const contactSchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string()
})

export const organisationSchema = z.object({
  id: z.number(),
  name: z.string(),
  notes: z.string(),
  /** Sorted by name. */
  contacts: z.array(contactSchema),
  createdAt: z.string(),
  updatedAt: z.string()
})

export const organisationSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  contactCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const namedRef = z.object({ id: z.number(), name: z.string() })

/** An engagement as the sponsor's page lists it: who, what, where it stands, when. */
export const sponsoredEngagementSchema = z.object({
  id: z.number(),
  client: namedRef,
  title: z.string(),
  kind: namedRef,
  status: z.enum(ENGAGEMENT_STATUSES),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  sponsorContact: namedRef.nullable()
})

export const organisationsContract = {
  'organisations:list': {
    input: z.strictObject({ query: text('The filter', LIMITS.shortText).default('') }),
    output: z.object({ items: z.array(organisationSummarySchema) })
  },
  'organisations:get': {
    input: z.strictObject({ id: recordId }),
    output: organisationSchema
  },
  /** Engagements naming the organisation as sponsor: prospects without a start date first, then the newest start. */
  'organisations:listEngagements': {
    input: z.strictObject({
      organisationId: recordId,
      limit: wholeNumber('The page size', 1, SPONSORED_PAGE.max).default(SPONSORED_PAGE.default),
      cursor: listCursor
    }),
    output: z.object({ items: z.array(sponsoredEngagementSchema), total: countedTotal, nextCursor: z.string().nullable() })
  },
  'organisations:create': {
    input: organisationFields,
    output: organisationSchema
  },
  'organisations:update': {
    input: organisationFields.extend({ id: recordId }),
    output: organisationSchema
  },
  /** Its contacts go with it; engagements it sponsored keep going, without a sponsor. */
  'organisations:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  },
  'organisations:createContact': {
    input: contactFields.extend({ organisationId: recordId }),
    output: contactSchema
  },
  'organisations:updateContact': {
    input: contactFields.extend({ id: recordId }),
    output: contactSchema
  },
  'organisations:deleteContact': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const

export type Organisation = z.output<typeof organisationSchema>
export type OrganisationSummary = z.output<typeof organisationSummarySchema>
export type Contact = z.output<typeof contactSchema>
export type SponsoredEngagement = z.output<typeof sponsoredEngagementSchema>
export type OrganisationFields = z.output<typeof organisationFields>
export type ContactFields = z.output<typeof contactFields>
