import { z } from 'zod'
import { listCursor } from './paging'
import type { Noun } from './words'
import {
  choice,
  flag,
  isoDate,
  LIMITS,
  longText,
  optionalIsoDate,
  optionalRecordId,
  recordId,
  requiredText,
  wholeNumber
} from './text'

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const
export const ACTION_OWNERS = ['client', 'coach', 'sponsor'] as const

export type ActionStatus = (typeof ACTION_STATUSES)[number]
export type ActionOwner = (typeof ACTION_OWNERS)[number]

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' }

export const ACTION_OWNER_LABELS: Record<ActionOwner, string> = { client: 'Client', coach: 'Coach', sponsor: 'Sponsor' }

/**
 * What becomes of an engagement's open actions when it is completed or cancelled: done on
 * the day it closes, dropped, or left open for the follow-up (no longer overdue).
 */
export const OPEN_ACTIONS_ON_CLOSING = ['done', 'dropped', 'open'] as const
export type OpenActionsOnClosing = (typeof OPEN_ACTIONS_ON_CLOSING)[number]
/** Each choice as it is offered, agreeing with the number of open actions ("Drop it", "Drop them"). */
export const OPEN_ACTIONS_ON_CLOSING_WORDS: Record<OpenActionsOnClosing, Noun> = {
  done: { one: 'Mark it done', other: 'Mark them done' },
  dropped: { one: 'Drop it', other: 'Drop them' },
  open: { one: 'Keep it open for the follow-up', other: 'Keep them open for the follow-up' }
}
export const openActionsOnClosing = choice(
  OPEN_ACTIONS_ON_CLOSING,
  'Choose whether its open actions are marked done, dropped or kept open for the follow-up.'
).default('open')
/** Actions per page of the engagement's list: a screenful or two, so the tab opens quickly however long the list grows. */
export const ACTION_PAGE = { default: 100, max: 500 } as const

const actionFields = z.strictObject({
  /** The goal it serves; null for an action of its own (common in mentoring). */
  goalId: optionalRecordId,
  description: requiredText(
    'The action',
    LIMITS.statement,
    'Describe the action, such as "Ask Sam to run Monday\'s meeting".'
  ),
  owner: choice(ACTION_OWNERS, 'Choose who owns it: the client, the coach or the sponsor.').default('client'),
  dueOn: optionalIsoDate('The due date'),
  resources: longText('The resources'),
  obstacles: longText('The obstacles'),
  /** How the client means to get past the obstacles. */
  overcome: longText('How to overcome them'),
  /** The session where it was agreed, making it a commitment reviewed in the next session. */
  sessionId: optionalRecordId
})

/** The renderer's own date, 'YYYY-MM-DD': overdue is judged against the coach's today, not main's clock. */
const today = isoDate("Today's date")

export const actionSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  goalId: z.number().nullable(),
  /** The goal's statement, for lists that mix goals. */
  goalStatement: z.string().nullable(),
  sessionId: z.number().nullable(),
  description: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueOn: z.string().nullable(),
  resources: z.string(),
  obstacles: z.string(),
  overcome: z.string(),
  status: z.enum(ACTION_STATUSES),
  /** Set when it is marked done; cleared when it is reopened. */
  doneOn: z.string().nullable(),
  /** Open, due before the `today` given in the request, in an engagement still under way. */
  overdue: z.boolean(),
  /** Open in an engagement that is completed or cancelled: left for the follow-up. */
  forFollowUp: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const milestoneFields = z.strictObject({
  title: requiredText('The milestone', LIMITS.statement, 'Name the milestone, such as "First team meeting chaired".'),
  dueOn: isoDate('The date'),
  reached: flag('Reached')
})

export const milestoneSchema = z.object({
  id: z.number(),
  goalId: z.number(),
  title: z.string(),
  dueOn: z.string(),
  reached: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const byId = z.strictObject({ id: recordId })
const deleted = z.object({ id: z.number() })

export const actionsContract = {
  /**
   * The engagement's actions a page at a time: by due date (undated last), then as entered.
   * `show: 'open'` (the default) is the accountability list. `total` and `overdue` count
   * every action shown, not only this page's.
   */
  'actions:listForEngagement': {
    input: z.strictObject({
      engagementId: recordId,
      today,
      show: choice(['open', 'all'], 'Show open or all actions.').default('open'),
      limit: wholeNumber('The page size', 1, ACTION_PAGE.max).default(ACTION_PAGE.default),
      cursor: listCursor
    }),
    output: z.object({
      items: z.array(actionSchema),
      total: z.number(),
      /** Open, and due before `today`. */
      overdue: z.number(),
      nextCursor: z.string().nullable()
    })
  },
  /**
   * The client's open actions across all their engagements, for the client's page: the
   * overdue and soonest due first, undated last; at most `limit`. `total` and `overdue`
   * count them all.
   */
  'actions:listOpenForClient': {
    input: z.strictObject({ clientId: recordId, today, limit: wholeNumber('The number of actions', 1, 100).default(10) }),
    output: z.object({
      items: z.array(actionSchema.extend({ engagementTitle: z.string() })),
      total: z.number(),
      overdue: z.number()
    })
  },
  /** A goal's action plan: all its actions and milestones. */
  'actions:listForGoal': {
    input: z.strictObject({ goalId: recordId, today }),
    output: z.object({ actions: z.array(actionSchema), milestones: z.array(milestoneSchema) })
  },
  'actions:create': {
    input: actionFields.extend({ engagementId: recordId, today }),
    output: actionSchema
  },
  'actions:update': {
    input: actionFields.extend({ id: recordId, today }),
    output: actionSchema
  },
  /** Done records the day (`date`, or `today`); open or dropped clears it. */
  'actions:setStatus': {
    input: z.strictObject({
      id: recordId,
      status: choice(ACTION_STATUSES, 'Choose open, done or dropped.'),
      today,
      /** The day it was done, when not today. */
      date: optionalIsoDate('The date it was done')
    }),
    output: actionSchema
  },
  'actions:delete': { input: byId, output: deleted },
  'actions:createMilestone': {
    input: milestoneFields.extend({ goalId: recordId }),
    output: milestoneSchema
  },
  'actions:updateMilestone': {
    input: milestoneFields.extend({ id: recordId }),
    output: milestoneSchema
  },
  'actions:deleteMilestone': { input: byId, output: deleted }
} as const

export type Action = z.output<typeof actionSchema>
export type Milestone = z.output<typeof milestoneSchema>
export type ActionFields = z.output<typeof actionFields>
export type MilestoneFields = z.output<typeof milestoneFields>
