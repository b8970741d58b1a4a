import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../shared/commands'
import { menuTemplate } from './menu'

function editMenu(platform: NodeJS.Platform, undoing: string | null): MenuItemConstructorOptions[] {
  const sent: MenuCommand[] = []
  const template = menuTemplate({ platform, packaged: true, enabled: new Set(['edit.undo']), undoing, send: (command) => sent.push(command), openLogFolder: () => undefined })
  const edit = template.find((menu) => menu.label === 'Edit')
  return edit?.submenu as MenuItemConstructorOptions[]
}

describe('Edit › Undo', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s is the practice’s Undo, its key left to the window, beside the platform’s editing items', (platform) => {
    const items = editMenu(platform, 'archive client Zoë')
    expect(items[0]).toMatchObject({ id: 'edit.undo', label: 'Undo archive client Zoë', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, enabled: true })
    expect(items.map((item) => item.role).filter(Boolean)).toEqual(expect.arrayContaining(['redo', 'cut', 'copy', 'paste', 'selectAll']))
    expect(items.some((item) => item.role === 'undo')).toBe(false)
  })

  it('says only "Undo" when nothing can be undone', () => {
    expect(editMenu('linux', null)[0]).toMatchObject({ label: 'Undo' })
  })
})

describe('File › Lock Coachbook', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s shows its key, leaves the key to the window and sends the command', (platform) => {
    const sent: MenuCommand[] = []
    const template = menuTemplate({ platform, packaged: true, enabled: new Set(['app.lock']), send: (command) => sent.push(command), openLogFolder: () => undefined })
    const file = template.find((menu) => menu.label === 'File')?.submenu as MenuItemConstructorOptions[]
    const item = file.find((each) => each.id === 'app.lock')
    expect(item).toMatchObject({ label: 'Lock Coachbook', accelerator: 'CmdOrCtrl+L', registerAccelerator: false, enabled: true })
    ;(item?.click as () => void)()
    expect(sent).toEqual(['app.lock'])
  })
})
