import { z } from 'zod'
import { ACTION_OWNER_LABELS, ACTION_OWNERS, ACTION_STATUS_LABELS, ACTION_STATUSES } from '../actions'
import { choice, isoDate, LIMITS, requiredText } from '../text'
import { column, createdAt, derived, key, link, notesText, parentKey, table, uid, updatedAt } from './column'


/**
 * The action plan is the client's own: nothing in it is private. The sponsor learns only
 * how many actions are done, open or dropped.
 */
export const ACTIONS = table('actions', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  /** A goal of the same engagement, or null. */
  goalId: link(),
  /** The session of the same engagement it was agreed in, or null. */
  sessionId: link(),
  description: column(requiredText('The action', LIMITS.statement, 'An action has no description.'), {
    privacy: 'clientOnly',
    search: 'title'
  }),
  owner: column(choice(ACTION_OWNERS, 'The owner is not one Coachbook knows.'), { privacy: 'clientOnly', words: ACTION_OWNER_LABELS }),
  dueOn: column(isoDate('The due date').nullable(), { privacy: 'clientOnly' }),
  resources: column(notesText('The resources'), { privacy: 'clientOnly', search: 'body' }),
  obstacles: column(notesText('The obstacles'), { privacy: 'clientOnly', search: 'body' }),
  overcome: column(notesText('How to overcome them'), { privacy: 'clientOnly', search: 'body' }),
  status: column(choice(ACTION_STATUSES, 'The action status is not one Coachbook knows.'), {
    privacy: 'shareable',
    words: ACTION_STATUS_LABELS
  }),
  /** Set exactly when the action is done. */
  doneOn: column(isoDate('The day it was done').nullable(), { privacy: 'clientOnly' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /** Whether its engagement is under way (migration 020): Today's index holds only those. */
  underWay: derived(z.number().int())
})

export const MILESTONES = table('milestones', {
  id: key(),
  uid: uid(),
  goalId: parentKey(),
  title: column(requiredText('The milestone', LIMITS.statement, 'A milestone has no title.'), { privacy: 'clientOnly' }),
  dueOn: column(isoDate('The date'), { privacy: 'clientOnly' }),
  reached: column(z.boolean(), { privacy: 'clientOnly' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})
