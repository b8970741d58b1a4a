import { z } from 'zod'
import { clientFields, clientTag } from './clients'
import { recordId } from './text'

/**
 * Tags are one vocabulary across the practice: "executive" on a client and on an
 * engagement is the same tag, renamed, merged and deleted once (Settings → Tags).
 */
export const tagUsageSchema = z.object({ tag: z.string(), clients: z.number(), engagements: z.number() })

/** The same rules as a client's tags: a word or two, at most so many, the same tag once. */
export const recordTags = clientFields.shape.tags

export const tagsContract = {
  /** Every tag in use, as people sort words, with how many clients and engagements carry it. */
  'tags:list': {
    input: z.strictObject({}),
    output: z.object({ items: z.array(tagUsageSchema) })
  },
  /** Renames a tag wherever it is; renaming onto a tag already in use merges the two. */
  'tags:rename': {
    input: z.strictObject({ tag: clientTag, to: clientTag }),
    output: z.object({ tag: z.string(), merged: z.boolean() })
  },
  /** Takes the tag off every client and engagement. */
  'tags:delete': {
    input: z.strictObject({ tag: clientTag }),
    output: tagUsageSchema
  },
  'tags:ofEngagement': {
    input: z.strictObject({ engagementId: recordId }),
    output: z.object({ tags: z.array(z.string()) })
  },
  'tags:setForEngagement': {
    input: z.strictObject({ engagementId: recordId, tags: recordTags }),
    output: z.object({ tags: z.array(z.string()) })
  }
} as const

export type TagUsage = z.output<typeof tagUsageSchema>
