import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, placeWindow, readWindowState, writeWindowState, type DisplayArea, type WindowState } from './windowState'

const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const monitor: DisplayArea = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1415 } }
const onMonitor: WindowState = { bounds: { x: 2000, y: 200, width: 1600, height: 1000 }, maximised: false, displayId: 2 }

describe('where the window opens', () => {
  it('opens new, centred on the main display, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: (1440 - DEFAULT_SIZE.width) / 2, y: 25 + Math.round((875 - DEFAULT_SIZE.height) / 2), ...DEFAULT_SIZE },
      maximised: false
    })
  })

  it('opens where it was, on the display it was on, maximised if it was', () => {
    expect(placeWindow(onMonitor, [laptop, monitor], laptop)).toEqual({ bounds: onMonitor.bounds, maximised: false })
    expect(placeWindow({ ...onMonitor, maximised: true }, [laptop, monitor], laptop).maximised).toBe(true)
  })

  it('comes back to the main display, at a size that fits, when its display is gone', () => {
    const placed = placeWindow(onMonitor, [laptop], laptop)
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 })
  })

  it('is moved back on screen when the display shrank under it', () => {
    const smaller: DisplayArea = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1055 } }
    const placed = placeWindow({ ...onMonitor, bounds: { x: 2900, y: 200, width: 1600, height: 1000 } }, [laptop, smaller], laptop)
    expect(placed.bounds).toEqual({ x: 1440 + 1920 - 1600, y: 55, width: 1600, height: 1000 })
  })

  it('does not open on a display where only a sliver of it would show', () => {
    const placed = placeWindow({ ...onMonitor, bounds: { x: 3990, y: 200, width: 1600, height: 1000 } }, [laptop, monitor], laptop)
    expect(placed.bounds.x).toBeLessThan(1440)
  })
})

describe('the saved window state', () => {
  let folder: string | undefined
  afterEach(() => folder && rmSync(folder, { recursive: true, force: true }))

  it('is read back as it was written, and a damaged or foreign file is ignored', () => {
    folder = mkdtempSync(join(tmpdir(), 'coachbook-window-'))
    const file = join(folder, 'window-state.json')
    expect(readWindowState(file)).toBeNull()
    writeWindowState(file, { ...onMonitor, bounds: { ...onMonitor.bounds, x: 2000.4 } })
    expect(readWindowState(file)).toEqual(onMonitor)
    writeFileSync(file, '{"bounds":')
    expect(readWindowState(file)).toBeNull()
    writeFileSync(file, JSON.stringify({ ...onMonitor, bounds: { ...onMonitor.bounds, width: -5 } }))
    expect(readWindowState(file)).toBeNull()
  })
})
