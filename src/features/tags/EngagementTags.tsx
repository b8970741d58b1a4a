import { messageOf } from '../../lib/api'
import { TagsField } from '../clients/TagsField'
import { useEngagementTags, useSetEngagementTags } from './queries'

/** The engagement's tags, changed where they are shown: each added or removed tag is saved at once. */
export function EngagementTags({ engagementId }: { engagementId: number }) {
  const tags = useEngagementTags(engagementId)
  const save = useSetEngagementTags()
  // While a change is on its way, show it rather than the tags before it.
  const shown = (save.isPending ? save.variables.tags : tags.data?.tags) ?? []
  return (
    <div className="engagement-tags">
      <TagsField
        value={shown}
        onChange={(next) => save.mutate({ engagementId, tags: next })}
        error={save.isError ? messageOf(save.error) : tags.isError ? messageOf(tags.error) : undefined}
      />
    </div>
  )
}
