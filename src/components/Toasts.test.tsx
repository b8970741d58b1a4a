import { afterEach, describe, expect, it } from 'vitest'
import { notify, offerOnLatest, toasts } from './Toasts'

const offered = () => toasts.visibleToasts.filter((toast) => toast.content.action).map((toast) => toast.content.title)
const undo = (title: string) => offerOnLatest({ title, action: { label: 'Undo', onAction: () => undefined } })

afterEach(() => {
  for (const toast of toasts.visibleToasts) toasts.close(toast.key)
})

describe('the offer to undo a change', () => {
  it('goes from an older change’s notification when a newer change is made: only the newest can be undone', () => {
    undo('Add client Li Lei')
    undo('Edit client Li Lei')
    expect(offered()).toEqual(['Edit client Li Lei'])
  })

  it('goes too when the newer change’s notification offers an action of its own', () => {
    undo('Add client Li Lei')
    notify({ title: 'Li Lei archived', action: { label: 'Undo', onAction: () => undefined } })
    undo('Archive client Li Lei')
    expect(offered()).toEqual(['Li Lei archived'])
  })
})
