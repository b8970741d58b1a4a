import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Channel, ChannelInput } from '../../shared/contract'
import { parseRecordLink } from '../../shared/links'
import type { HandlerKind } from '../db/door'
import type { Caller } from './calls'
import { logoPng } from './images'
import type { StandInPlatform } from './platform'
import { richClient } from './richClient'

const TODAY = '2026-04-10'

/** A practice with one record of every kind, and what a sample needs to reach them. */
export interface ChannelFixture {
  call: Caller
  platform: StandInPlatform
  /** Where the stand-in dialogs answer (save, folder). */
  folder: string
  ids: Awaited<ReturnType<typeof recordIds>>
}

async function recordIds(call: Caller) {
  const { client, engagement, mentoring } = await richClient(call)
  const { statusHistory, kind } = await call.ok('engagements:get', { id: engagement.id })
  const goals = (await call.ok('goals:listForEngagement', { engagementId: engagement.id })).items
  const goal = goals[0]
  const { actions, milestones } = await call.ok('actions:listForGoal', { goalId: goal!.id, today: TODAY })
  const sessions = (await call.ok('sessions:listForEngagement', { engagementId: engagement.id })).items
  const overview = await call.ok('assessment:overview', { engagementId: engagement.id })
  const [review] = (await call.ok('reviews:listForEngagement', { engagementId: engagement.id })).items
  const [organisation] = (await call.ok('organisations:list', {})).items
  const { contacts } = await call.ok('organisations:get', { id: organisation!.id })
  return {
    client: { id: client.id, name: client.name },
    engagementId: engagement.id,
    mentoringId: mentoring.id,
    ownKindId: kind.id,
    lastStatusChangeId: statusHistory.at(-1)!.id,
    goalIds: goals.map((each) => each.id),
    goalId: goal!.id,
    measurementId: goal!.measurements[0]!.id,
    actionId: actions[0]!.id,
    milestoneId: milestones[0]!.id,
    heldSessionId: sessions[0]!.id,
    nextSessionId: sessions[1]!.id,
    intakeNoteId: overview.intakeNotes[0]!.id,
    interviewId: overview.interviews[0]!.id,
    resultId: overview.results[0]!.id,
    growthAreaId: overview.growthAreas[0]!.id,
    reviewId: review!.id,
    organisationId: organisation!.id,
    contactId: contacts[0]!.id
  }
}

export async function channelFixture(call: Caller, platform: StandInPlatform, folder: string): Promise<ChannelFixture> {
  return { call, platform, folder, ids: await recordIds(call) }
}

/** How a channel is registered, and an input it accepts on the fixture (set up first by calls of other channels, when it needs it). */
export interface ChannelSample<C extends Channel> {
  kind: HandlerKind
  input(fixture: ChannelFixture): Promise<ChannelInput<C>> | ChannelInput<C>
  /** Called on a practice from before encryption (one with effects, in a file). */
  plain?: boolean
}

const read = <C extends Channel>(input: ChannelSample<C>['input']): ChannelSample<C> => ({ kind: 'read', input })
const write = <C extends Channel>(input: ChannelSample<C>['input']): ChannelSample<C> => ({ kind: 'write', input })
const effect = <C extends Channel>(input: ChannelSample<C>['input']): ChannelSample<C> => ({ kind: 'effect', input })

/** A client's export on disk, then the client erased, so that importing it adds them again. */
async function exportThenErase({ call, ids }: ChannelFixture): Promise<string> {
  const exported = await call.ok('privacy:exportClient', { clientId: ids.client.id })
  if (exported.status !== 'exported') throw new Error('The export was cancelled.')
  await call.ok('privacy:eraseClient', { clientId: ids.client.id, confirmName: ids.client.name })
  return join(exported.folder, 'client.json')
}

async function exportedPdf({ call, ids }: ChannelFixture): Promise<string> {
  const exported = await call.ok('reports:export', { engagementId: ids.engagementId, report: 'summary', today: TODAY })
  if (!('path' in exported)) throw new Error('The export was cancelled.')
  return exported.path
}

function savedFilter(call: Caller) {
  return call.ok('filters:save', { name: 'Quiet clients', target: { list: 'clients', filter: { tag: 'executive', sinceLastSession: 'weeks8' } } })
}

/** A coaching group with one held session, for the coaching log's group channels. */
async function groupWithSession({ call }: ChannelFixture) {
  const group = await call.ok('coachingLog:createGroup', { name: 'Leadership circle', contactName: 'Ann Lee', contactEmail: 'ann@example.com', size: 6 })
  return call.ok('coachingLog:addGroupSession', { groupId: group.id, startsAt: '2026-02-03T17:00:00Z', durationMinutes: 90 })
}

function ownTemplate(call: Caller) {
  return call.ok('templates:create', { kind: 'intake', name: 'First meeting', sections: [{ heading: 'Hopes', prompt: 'What would be different?' }] })
}

/** A client's worksheet on disk, for the open dialog to answer with. */
function worksheet(folder: string): string {
  const path = join(folder, 'Values worksheet.txt')
  writeFileSync(path, 'Top five values: courage, fairness, curiosity, family, craft.\n')
  return path
}

async function chosenFile({ call, platform, folder }: ChannelFixture): Promise<string> {
  platform.answerNextOpen(worksheet(folder))
  const chosen = await call.ok('attachments:choose', {})
  if (chosen.status !== 'chosen') throw new Error('The open dialog was cancelled.')
  return chosen.fileId
}

async function attachedFile(fixture: ChannelFixture) {
  return fixture.call.ok('attachments:add', { fileId: await chosenFile(fixture), on: { kind: 'engagement', id: fixture.ids.engagementId } })
}

/** A draft invoice on the engagement, with one line of expenses. */
function draftInvoice({ call, ids }: ChannelFixture) {
  const lines = [{ description: 'Travel to the offsite', quantity: 1, unitAmountMinor: 12050, taxRateBp: 2000 }]
  return call.ok('invoices:createDraft', { engagementId: ids.engagementId, lines, today: TODAY })
}

/** The draft issued, from this computer's series. */
async function issuedInvoice(fixture: ChannelFixture) {
  await fixture.call.ok('invoices:setSeries', { prefix: 'A' })
  const draft = await draftInvoice(fixture)
  return fixture.call.ok('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: TODAY })
}

/** Every channel of the contract: a new one is a compile error here until it has its sample. */
export const CHANNEL_SAMPLES: { [C in Channel]: ChannelSample<C> } = {
  'clients:list': read(() => ({})),
  'clients:get': read(({ ids }) => ({ id: ids.client.id })),
  'clients:create': write(() => ({ name: 'Ann Lee', tags: ['new'] })),
  'clients:update': write(({ ids }) => ({ id: ids.client.id, name: 'Zoë Berg', tags: ['renamed'] })),
  'clients:archive': write(({ ids }) => ({ id: ids.client.id })),
  'clients:restore': write(({ ids }) => ({ id: ids.client.id })),
  'clients:delete': write(({ ids }) => ({ id: ids.client.id })),

  'backup:status': read(() => ({})),
  'backup:list': read(() => ({})),
  'backup:now': effect(() => ({})),
  'backup:chooseFolder': effect(() => ({})),
  'backup:updateSettings': write(() => ({ keep: 20, interval: 'weekly' })),
  'backup:chooseFile': effect(async ({ call, platform }) => {
    const backup = await call.ok('backup:now', {})
    platform.answerNextOpen(join((await call.ok('backup:status', {})).folder, backup.id))
    return {}
  }),
  'backup:restore': effect(async ({ call }) => ({ backupId: (await call.ok('backup:now', {})).id })),
  'backup:encryption': read(() => ({})),
  'encryption:status': read(() => ({})),
  'encryption:makeRecoveryKey': effect(() => ({})),
  'encryption:usePassphrase': effect(() => ({ passphrase: 'correct horse battery', repeated: 'correct horse battery' })),
  'encryption:useKeychain': effect(() => ({})),
  'encryption:appLock': read(() => ({})),
  'encryption:setAppLock': effect(() => ({ afterMinutes: 15 })),
  'encryption:unlockApp': effect(() => ({})),
  'encryption:rekey': effect(() => ({})),
  'encryption:unlockBackup': effect(async ({ call, platform }) => {
    const { recoveryKey } = await call.ok('encryption:makeRecoveryKey', {})
    const backup = await call.ok('backup:now', {})
    platform.answerNextOpen(join((await call.ok('backup:status', {})).folder, backup.id))
    const picked = await call.ok('backup:chooseFile', {})
    return { fileId: picked.status === 'cancelled' ? '' : picked.fileId, recoveryKey }
  }),
  'backup:encrypt': { ...effect(() => ({})), plain: true },
  'backup:forgetPlainPractice': {
    ...effect(async ({ call }) => {
      await call.ok('backup:encrypt', {})
      return {}
    }),
    plain: true
  },

  'organisations:list': read(() => ({})),
  'organisations:get': read(({ ids }) => ({ id: ids.organisationId })),
  'organisations:listEngagements': read(({ ids }) => ({ organisationId: ids.organisationId })),
  'organisations:create': write(() => ({ name: 'Acme' })),
  'organisations:update': write(({ ids }) => ({ id: ids.organisationId, name: 'Nordlys ASA' })),
  'organisations:delete': write(({ ids }) => ({ id: ids.organisationId })),
  'organisations:createContact': write(({ ids }) => ({ organisationId: ids.organisationId, name: 'Ola Nordmann' })),
  'organisations:updateContact': write(({ ids }) => ({ id: ids.contactId, name: 'Kari N. Nordmann' })),
  'organisations:deleteContact': write(({ ids }) => ({ id: ids.contactId })),

  'engagements:listForClient': read(({ ids }) => ({ clientId: ids.client.id })),
  'engagements:get': read(({ ids }) => ({ id: ids.engagementId })),
  'engagements:create': write(({ ids }) => ({ clientId: ids.client.id, kindId: ids.ownKindId, status: 'prospect' })),
  'engagements:update': write(({ ids }) => ({ id: ids.engagementId, kindId: ids.ownKindId, title: 'Renamed', startDate: '2026-01-05' })),
  'engagements:setStatus': write(({ ids }) => ({ id: ids.engagementId, status: 'completed', date: '2026-04-01', openActions: 'dropped' })),
  'engagements:correctStatusChange': write(({ ids }) => ({ id: ids.lastStatusChangeId, date: '2026-03-21', note: 'Corrected' })),
  'engagements:deleteImpact': read(({ ids }) => ({ id: ids.engagementId })),
  'engagements:delete': write(({ ids }) => ({ id: ids.engagementId })),
  'engagements:listKinds': read(() => ({})),
  'engagements:createKind': write(() => ({ name: 'Group coaching' })),
  'engagements:updateKind': write(({ ids }) => ({ id: ids.ownKindId, name: 'Team coaching, renamed' })),
  'engagements:deleteKind': write(async ({ call }) => ({ id: (await call.ok('engagements:createKind', { name: 'Spare' })).id })),

  'assessment:overview': read(({ ids }) => ({ engagementId: ids.engagementId })),
  'assessment:createIntakeNote': write(({ ids }) => ({ engagementId: ids.engagementId, notedOn: '2026-01-07', hopes: 'Calmer weeks' })),
  'assessment:updateIntakeNote': write(({ ids }) => ({ id: ids.intakeNoteId, notedOn: '2026-01-07', hopes: 'Calmer weeks' })),
  'assessment:deleteIntakeNote': write(({ ids }) => ({ id: ids.intakeNoteId })),
  'assessment:createInterview': write(({ ids }) => ({ engagementId: ids.engagementId, stakeholderName: 'Kim Lee', interviewedOn: '2026-01-09' })),
  'assessment:updateInterview': write(({ ids }) => ({ id: ids.interviewId, stakeholderName: 'Kim Lee', interviewedOn: '2026-01-09' })),
  'assessment:deleteInterview': write(({ ids }) => ({ id: ids.interviewId })),
  'assessment:createResult': write(({ ids }) => ({ engagementId: ids.engagementId, instrument: 'disc', takenOn: '2026-01-12' })),
  'assessment:updateResult': write(({ ids }) => ({ id: ids.resultId, instrument: 'mbti', takenOn: '2026-01-12' })),
  'assessment:deleteResult': write(({ ids }) => ({ id: ids.resultId })),
  'assessment:createGrowthArea': write(({ ids }) => ({ engagementId: ids.engagementId, title: 'Listening' })),
  'assessment:updateGrowthArea': write(({ ids }) => ({ id: ids.growthAreaId, title: 'Delegating well' })),
  'assessment:deleteGrowthArea': write(({ ids }) => ({ id: ids.growthAreaId })),

  'goals:listForEngagement': read(({ ids }) => ({ engagementId: ids.engagementId })),
  'goals:get': read(({ ids }) => ({ id: ids.goalId })),
  'goals:create': write(({ ids }) => ({ engagementId: ids.engagementId, statement: 'Speak first in meetings' })),
  'goals:update': write(({ ids }) => ({ id: ids.goalId, statement: 'Delegate the weekly report' })),
  'goals:delete': write(({ ids }) => ({ id: ids.goalId })),
  'goals:reorder': write(({ ids }) => ({ engagementId: ids.engagementId, goalIds: [...ids.goalIds].reverse() })),
  'goals:createMeasurement': write(({ ids }) => ({ goalId: ids.goalId, measuredOn: '2026-02-03', value: 5 })),
  'goals:updateMeasurement': write(({ ids }) => ({ id: ids.measurementId, measuredOn: '2026-01-20', value: 6 })),
  'goals:deleteMeasurement': write(({ ids }) => ({ id: ids.measurementId })),

  'actions:listForEngagement': read(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY })),
  'actions:listForGoal': read(({ ids }) => ({ goalId: ids.goalId, today: TODAY })),
  'actions:listOpenForClient': read(({ ids }) => ({ clientId: ids.client.id, today: TODAY })),
  'actions:create': write(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY, description: 'Book the offsite' })),
  'actions:update': write(({ ids }) => ({ id: ids.actionId, today: TODAY, description: 'Book the offsite for May' })),
  'actions:setStatus': write(({ ids }) => ({ id: ids.actionId, status: 'open', today: TODAY })),
  'actions:delete': write(({ ids }) => ({ id: ids.actionId })),
  'actions:createMilestone': write(({ ids }) => ({ goalId: ids.goalId, title: 'First report sent', dueOn: '2026-05-01' })),
  'actions:updateMilestone': write(({ ids }) => ({ id: ids.milestoneId, title: 'Half the reports sent', dueOn: '2026-03-01', reached: false })),
  'actions:deleteMilestone': write(({ ids }) => ({ id: ids.milestoneId })),

  'sessions:listForEngagement': read(({ ids }) => ({ engagementId: ids.engagementId })),
  'sessions:get': read(({ ids }) => ({ id: ids.heldSessionId })),
  'sessions:nextForClient': read(({ ids }) => ({ clientId: ids.client.id, from: '2026-01-01T00:00:00Z' })),
  'sessions:create': write(({ ids }) => ({ engagementId: ids.engagementId, startsAt: '2026-02-17T09:30:00Z' })),
  'sessions:createSeries': write(({ ids }) => ({
    engagementId: ids.engagementId,
    firstStartsAt: '2027-03-22T09:00:00Z',
    timeZone: 'Europe/London',
    frequency: 'weekly',
    count: 3,
    skipDays: ['2027-03-29']
  })),
  'sessions:update': write(({ ids }) => ({ id: ids.nextSessionId, startsAt: '2026-02-04T09:30:00Z', agenda: 'Delegation' })),
  'sessions:setStatus': write(({ ids }) => ({ id: ids.nextSessionId, status: 'held' })),
  'sessions:delete': write(({ ids }) => ({ id: ids.heldSessionId })),
  'sessions:commitmentsToReview': read(({ ids }) => ({ sessionId: ids.nextSessionId, today: TODAY })),

  'reports:getBranding': read(() => ({})),
  'reports:setBranding': write(() => ({ coachName: 'Jo Coach', accentColour: '#2f5d8a' })),
  'reports:chooseLogo': effect(({ platform, folder }) => {
    const logo = join(folder, 'logo.png')
    writeFileSync(logo, logoPng())
    platform.answerNextOpen(logo)
    return {}
  }),
  'reports:clearLogo': write(() => ({})),
  'reports:export': effect(({ ids }) => ({ engagementId: ids.engagementId, report: 'summary', today: TODAY })),
  'reports:open': effect(async (fixture) => ({ path: await exportedPdf(fixture) })),
  'reports:showInFolder': effect(async (fixture) => ({ path: await exportedPdf(fixture) })),

  'reviews:listForEngagement': read(({ ids }) => ({ engagementId: ids.engagementId })),
  'reviews:get': read(({ ids }) => ({ id: ids.reviewId })),
  'reviews:create': write(({ ids }) => ({ engagementId: ids.engagementId, kind: 'midpoint', heldOn: '2026-04-01' })),
  'reviews:update': write(({ ids }) => ({ id: ids.reviewId, heldOn: '2026-03-16', keyLearnings: 'Ask before doing' })),
  'reviews:complete': write(async ({ call, ids }) => ({
    id: (await call.ok('reviews:create', { engagementId: ids.engagementId, kind: 'midpoint', heldOn: '2026-04-01' })).id
  })),
  'reviews:delete': write(({ ids }) => ({ id: ids.reviewId })),
  'reviews:summary': read(({ ids }) => ({ engagementId: ids.engagementId, audience: 'sponsor' })),

  'search:query': read(() => ({ text: 'Delegating' })),

  'privacy:exportClient': effect(({ ids }) => ({ clientId: ids.client.id })),
  'privacy:previewImport': effect(async (fixture) => {
    fixture.platform.answerNextOpen(await exportThenErase(fixture))
    return {}
  }),
  'privacy:importClient': write(async (fixture) => {
    fixture.platform.answerNextOpen(await exportThenErase(fixture))
    const preview = await fixture.call.ok('privacy:previewImport', {})
    if (preview.status !== 'preview') throw new Error('The preview was cancelled.')
    return { importId: preview.importId }
  }),
  'privacy:eraseClient': effect(({ ids }) => ({ clientId: ids.client.id, confirmName: ids.client.name })),
  'privacy:retentionDue': read(() => ({ today: '2040-01-01' })),
  'privacy:screenSharing': read(() => ({})),
  'privacy:setScreenSharing': effect(() => ({ hideWhileSharing: false })),
  'preferences:get': read(() => ({})),
  'preferences:setTheme': effect(() => ({ theme: 'dark' })),
  'preferences:setLocale': effect(() => ({ locale: 'de-DE' })),
  'privacy:eraseEngagement': effect(({ ids }) => ({ engagementId: ids.mentoringId, confirm: true })),

  'diagnostics:about': read(() => ({})),

  'today:overview': read(() => ({
    today: TODAY,
    weekEnd: '2026-04-12',
    todayFrom: `${TODAY}T00:00:00+01:00`,
    tomorrowFrom: '2026-04-11T00:00:00+01:00',
    weekUntil: '2026-04-13T00:00:00+01:00'
  })),
  'today:settings': read(() => ({})),
  'today:updateSettings': write(() => ({ weeks: 4 })),
  'today:startScreen': read(() => ({})),
  'today:setStartScreen': write(() => ({ openOn: 'last' })),
  'today:rememberScreen': effect(({ ids }) => ({ path: `/engagements/${ids.engagementId}/goals` })),

  'links:resolve': read(async ({ call, ids }) => {
    const { url } = await call.ok('links:forRecord', { kind: 'session', id: ids.nextSessionId })
    return parseRecordLink(url) ?? { kind: 'session', uid: '' }
  }),
  'links:forRecord': read(({ ids }) => ({ kind: 'engagement', id: ids.engagementId })),
  'changes:undoState': read(() => ({})),
  'changes:undo': write(async ({ call, ids }) => {
    await call.ok('clients:archive', { id: ids.client.id })
    return {}
  }),
  'tags:list': read(() => ({})),
  'tags:rename': write(() => ({ tag: 'executive', to: 'senior leader' })),
  'tags:delete': write(() => ({ tag: 'executive' })),
  'tags:ofEngagement': read(({ ids }) => ({ engagementId: ids.engagementId })),
  'tags:setForEngagement': write(({ ids }) => ({ engagementId: ids.engagementId, tags: ['sponsored', 'board'] })),

  'filters:engagements': read(() => ({ status: 'paused', tag: 'executive', sinceLastSession: 'weeks4' })),
  'filters:list': read(() => ({})),
  'filters:save': write(({ ids }) => ({ name: 'Sponsored, under way', target: { list: 'engagements', filter: { status: 'active', sponsorId: ids.organisationId } } })),
  'filters:rename': write(async ({ call }) => ({ id: (await savedFilter(call)).id, name: 'Not seen lately' })),
  'filters:delete': write(async ({ call }) => ({ id: (await savedFilter(call)).id })),
  'changes:history': read(({ ids }) => ({ table: 'engagements', id: ids.engagementId })),
  'coachingLog:overview': read(() => ({ today: TODAY, timeZone: 'Europe/London' })),
  'coachingLog:setClient': write(({ ids }) => ({ clientId: ids.client.id, named: false, openingPaidMinutes: 600 })),
  'coachingLog:setMentoring': write(({ ids }) => ({ engagementId: ids.mentoringId, included: true })),
  'coachingLog:setOpening': write(() => ({ paidMinutes: 1200, proBonoMinutes: 300, clients: 4 })),
  'coachingLog:createGroup': write(() => ({ name: 'Team Nord', contactName: 'Kari Nordmann', contactEmail: 'kari@example.com', size: 5 })),
  'coachingLog:updateGroup': write(async (fixture) => {
    const group = await groupWithSession(fixture)
    return { id: group.id, name: 'Renamed circle', contactName: 'Ann Lee', contactEmail: 'ann@example.com', size: 7 }
  }),
  'coachingLog:deleteGroup': write(async (fixture) => ({ id: (await groupWithSession(fixture)).id })),
  'coachingLog:addGroupSession': write(async ({ call }) => {
    const group = await call.ok('coachingLog:createGroup', { name: 'Circle', contactName: 'Ann Lee', contactEmail: 'ann@example.com', size: 3 })
    return { groupId: group.id, startsAt: '2026-03-03T23:30:00Z', durationMinutes: 60, billing: 'pro_bono' }
  }),
  'coachingLog:updateGroupSession': write(async (fixture) => {
    const session = (await groupWithSession(fixture)).sessions[0]!
    return { id: session.id, startsAt: '2026-02-03T18:00:00Z', durationMinutes: 75, billing: 'pro_bono', status: 'cancelled' }
  }),
  'coachingLog:deleteGroupSession': write(async (fixture) => ({ id: (await groupWithSession(fixture)).sessions[0]!.id })),
  'coachingLog:exportCsv': effect(() => ({ today: TODAY, timeZone: 'Europe/London' })),
  'coachingLog:exportPdf': effect(() => ({ today: TODAY, timeZone: 'Europe/London' })),

  'calendar:exportSession': effect(({ ids }) => ({ sessionId: ids.nextSessionId })),
  'calendar:exportEngagement': effect(({ ids }) => ({ engagementId: ids.engagementId })),
  'calendar:exportUpcoming': effect(() => ({ from: '2026-02-01T00:00:00Z' })),
  'calendar:settings': read(() => ({})),
  'calendar:updateSettings': write(() => ({ clientName: 'full_name', includeAgenda: true, includeLink: true })),
  'reminders:settings': read(() => ({})),
  'reminders:updateSettings': write(() => ({ enabled: true, sessionLeadMinutes: 30, actionsTiming: 'open', actionsTime: '07:45', fullNames: true })),
  'reminders:missed': read(() => ({})),
  'reminders:dismissMissed': write(() => ({ keys: ['session:none@2026-04-10T09:00:00.000Z'] })),

  'fees:get': read(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY })),
  'fees:update': write(({ ids }) => ({
    engagementId: ids.engagementId,
    payer: 'sponsor',
    lateCancellationBillable: true,
    lateCancellationNoticeHours: 48,
    instalments: [
      { dueOn: '2026-01-15', amountMinor: 75000 },
      { dueOn: '2026-04-15', amountMinor: 75000 }
    ],
    today: TODAY
  })),
  'fees:setCancelledLate': write(async ({ call, ids }) => {
    await call.ok('sessions:setStatus', { id: ids.nextSessionId, status: 'cancelled' })
    return { sessionId: ids.nextSessionId, cancelledLate: true }
  }),
  'fees:getSponsorBilling': read(({ ids }) => ({ organisationId: ids.organisationId })),
  'fees:setSponsorBilling': write(({ ids }) => ({
    organisationId: ids.organisationId,
    billingContact: 'Accounts payable, ap@example.com',
    billingAddress: 'Main Street 1\n10115 Berlin',
    taxId: 'DE123456789'
  })),
  'templates:list': read(() => ({ kind: 'session' })),
  'templates:create': write(() => ({ kind: 'session', name: 'Check-in', sections: [{ heading: 'Since last time', prompt: 'What moved?' }] })),
  'templates:update': write(async ({ call }) => ({ id: (await ownTemplate(call)).id!, name: 'Renamed', sections: [{ heading: 'Wins', prompt: '' }] })),
  'templates:copy': write(() => ({ from: 'builtIn:grow' })),
  'templates:delete': write(async ({ call }) => ({ id: (await ownTemplate(call)).id! })),
  'attachments:list': read(({ ids }) => ({ on: { kind: 'session', id: ids.heldSessionId } })),
  'attachments:choose': effect(({ platform, folder }) => {
    platform.answerNextOpen(worksheet(folder))
    return {}
  }),
  'attachments:add': write(async (fixture) => ({ fileId: await chosenFile(fixture), on: { kind: 'result', id: fixture.ids.resultId } })),
  'attachments:open': effect(async (fixture) => ({ id: (await attachedFile(fixture)).id })),
  'attachments:delete': write(async (fixture) => ({ id: (await attachedFile(fixture)).id })),
  'invoices:listForEngagement': read(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY })),
  'invoices:get': read(async (fixture) => ({ id: (await draftInvoice(fixture)).id, today: TODAY })),
  'invoices:suggestions': read(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY, timeZone: 'Europe/London' })),
  'invoices:createDraft': write(({ ids }) => ({
    engagementId: ids.engagementId,
    lines: [{ description: 'Workbook', quantity: 2, unitAmountMinor: 2500, taxRateBp: 700 }],
    today: TODAY
  })),
  'invoices:updateDraft': write(async (fixture) => ({
    id: (await draftInvoice(fixture)).id,
    lines: [{ description: 'Room hire', quantity: 1, unitAmountMinor: 9000, taxRateBp: 1900 }],
    today: TODAY
  })),
  'invoices:deleteDraft': write(async (fixture) => ({ id: (await draftInvoice(fixture)).id })),
  'invoices:issue': write(async (fixture) => {
    await fixture.call.ok('invoices:setSeries', { prefix: 'A' })
    return { id: (await draftInvoice(fixture)).id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: TODAY }
  }),
  'invoices:addPayment': write(async (fixture) => ({
    id: (await issuedInvoice(fixture)).id,
    paidOn: '2026-03-10',
    amountMinor: 5000,
    method: 'bank_transfer',
    today: TODAY
  })),
  'invoices:void': write(async (fixture) => ({ id: (await issuedInvoice(fixture)).id, voidedOn: '2026-03-05', today: TODAY })),
  'invoices:overdue': read(() => ({ today: TODAY })),
  'invoices:series': read(() => ({})),
  'invoices:setSeries': effect(() => ({ prefix: 'B' })),
  'invoices:paymentDetails': read(() => ({})),
  'invoices:setPaymentDetails': write(() => ({ paymentTerms: 'Within 30 days.', paymentDetails: 'IBAN DE02 1203 0000 0000 2020 51' })),
  'invoices:exportPdf': effect(async (fixture) => ({ id: (await issuedInvoice(fixture)).id, today: TODAY, timeZone: 'Europe/London' })),
  'agreement:getTemplate': read(() => ({})),
  'agreement:setTemplate': write(() => ({ template: 'Between {coach} and {client}.\n\n## Fees\nThe fee is {fee}.' })),
  'agreement:resetTemplate': write(() => ({})),
  'agreement:export': effect(({ ids }) => ({ engagementId: ids.engagementId, today: TODAY })),
  'income:overview': read(async (fixture) => {
    await issuedInvoice(fixture)
    return { year: 2026, today: TODAY }
  }),
  'income:exportCsv': effect(async (fixture) => {
    await issuedInvoice(fixture)
    return { year: 2026, today: TODAY }
  })
}
