import type { z } from 'zod'
import type { Result } from './result'
import { actionsContract } from './actions'
import { agreementContract } from './agreement'
import { assessmentContract } from './assessment'
import { attachmentsContract } from './attachments'
import { backupContract } from './backup'
import { calendarContract } from './calendar'
import { clientsContract } from './clients'
import { coachingLogContract } from './coachingLog'
import { diagnosticsContract } from './diagnostics'
import { encryptionContract } from './encryption'
import { engagementsContract } from './engagements'
import { feesContract } from './fees'
import { filtersContract } from './filters'
import { goalsContract } from './goals'
import { incomeContract } from './income'
import { linksContract } from './links'
import { historyContract } from './history'
import { invoicesContract } from './invoices'
import { organisationsContract } from './organisations'
import { preferencesContract } from './preferences'
import { privacyContract } from './privacy'
import { remindersContract } from './reminders'
import { reportsContract } from './reports'
import { reviewsContract } from './reviews'
import { searchContract } from './search'
import { sessionsContract } from './sessions'
import { tagsContract } from './tags'
import { templatesContract } from './templates'
import { todayContract } from './today'
import { undoContract } from './undo'

/**
 * The whole API between the renderer and main: `'domain:action'` → zod schemas for
 * its input and output. Preload, main's handler registry, the test bridge and the
 * renderer's types are all derived from this one object.
 */
export const contract = {
  ...clientsContract,
  ...backupContract,
  ...encryptionContract,
  ...organisationsContract,
  ...engagementsContract,
  ...assessmentContract,
  ...goalsContract,
  ...actionsContract,
  ...sessionsContract,
  ...reportsContract,
  ...reviewsContract,
  ...searchContract,
  ...privacyContract,
  ...diagnosticsContract,
  ...todayContract,
  ...linksContract,
  ...undoContract,
  ...tagsContract,
  ...filtersContract,
  ...historyContract,
  ...coachingLogContract,
  ...calendarContract,
  ...remindersContract,
  ...feesContract,
  ...templatesContract,
  ...attachmentsContract,
  ...preferencesContract,
  ...invoicesContract,
  ...agreementContract,
  ...incomeContract
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export const CHANNELS = Object.keys(contract) as Channel[]

/** What a caller may send (before defaults and trimming). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives, after validation. */
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never
export type Domain = DomainOf<Channel>

/** The shape of `window.coachbook`: one function per channel, grouped by domain. */
export type CoachbookApi = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer A}` ? A : never]: (
      input: ChannelInput<C>
    ) => Promise<Result<ChannelOutput<C>>>
  }
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name)
}

/** Builds the per-channel functions on top of one transport (Electron IPC or the test bridge). */
export function buildApi(invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>): CoachbookApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const channel of CHANNELS) {
    const [domain, action] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][action] = (input: unknown) => invoke(channel, input)
  }
  return api as unknown as CoachbookApi
}
