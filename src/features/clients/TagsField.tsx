import { useState } from 'react'
import { Input, Label, Tag, TagGroup, TagList, Text, TextField, Button as AriaButton } from 'react-aria-components'
import { OWN_ENTER } from '../../components/submitOnEnter'

export interface TagsFieldProps {
  value: string[]
  onChange(tags: string[]): void
  onBlur?(): void
  error?: string
}

/** Tags as removable chips; Enter or a comma adds what was typed, Backspace on an empty field removes the last. */
export function TagsField({ value, onChange, onBlur, error }: TagsFieldProps) {
  const [draft, setDraft] = useState('')

  const commit = () => {
    const tag = draft.trim()
    if (tag && !value.includes(tag)) onChange([...value, tag])
    setDraft('')
  }

  return (
    <div className="field tags-field" data-invalid={error ? true : undefined}>
      <TagGroup
        aria-label="Tags"
        onRemove={(keys) => onChange(value.filter((tag) => !keys.has(tag)))}
        className="tag-group"
      >
        <Label>Tags</Label>
        <TagList className="tag-list" renderEmptyState={() => <span className="muted">No tags</span>}>
          {value.map((tag) => (
            <Tag key={tag} id={tag} textValue={tag} className="tag">
              {tag}
              <AriaButton slot="remove" className="tag-remove" aria-label={`Remove ${tag}`}>
                ×
              </AriaButton>
            </Tag>
          ))}
        </TagList>
      </TagGroup>
      <TextField
        aria-label="Add a tag"
        value={draft}
        onChange={(text) => {
          // Typing or pasting "a, b, c" adds each part as its own tag.
          if (text.includes(',')) {
            const parts = text.split(',')
            const rest = parts.pop() ?? ''
            const added = parts.map((part) => part.trim()).filter((part) => part && !value.includes(part))
            if (added.length) onChange([...value, ...new Set(added)])
            setDraft(rest)
          } else {
            setDraft(text)
          }
        }}
        onBlur={() => {
          commit()
          onBlur?.()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim()) {
            event.preventDefault()
            commit()
          } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
            onChange(value.slice(0, -1))
          } else {
            event.continuePropagation()
          }
        }}
      >
        {/* While a tag is being typed, Enter adds it; with none, Enter submits the form as anywhere else. */}
        <Input placeholder="Add a tag, then Enter" {...{ [OWN_ENTER]: draft.trim() ? true : undefined }} />
      </TextField>
      {error ? (
        <Text slot="errorMessage" className="field-error" role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  )
}
