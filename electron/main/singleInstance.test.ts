import { EventEmitter } from 'node:events'
import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { holdSingleInstance, type ForegroundWindow } from './singleInstance'

/** A stand-in for Electron's app: the lock is held by whichever copy asked first. */
function standInApp(lockFree: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lockFree),
    quit: vi.fn()
  })
}

function standInWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  const window = {
    minimized: state.minimized ?? false,
    visible: state.visible ?? true,
    destroyed: state.destroyed ?? false,
    focused: false,
    isDestroyed: () => window.destroyed,
    isMinimized: () => window.minimized,
    restore: vi.fn(() => void (window.minimized = false)),
    isVisible: () => window.visible,
    show: vi.fn(() => void (window.visible = true)),
    focus: vi.fn(() => void (window.focused = true))
  }
  return window
}

function asApp(app: ReturnType<typeof standInApp>): App {
  return app as unknown as App
}

describe('one Coachbook at a time', () => {
  it('a second copy quits at once and waits for nothing', () => {
    const app = standInApp(false)
    expect(holdSingleInstance(asApp(app), () => null)).toBe(false)
    expect(app.quit).toHaveBeenCalledTimes(1)
    expect(app.listenerCount('second-instance')).toBe(0)
  })

  it('the first copy keeps running and does not quit', () => {
    const app = standInApp(true)
    expect(holdSingleInstance(asApp(app), () => null)).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('brings its window forward when another copy is started', () => {
    const app = standInApp(true)
    const window = standInWindow()
    holdSingleInstance(asApp(app), () => window as ForegroundWindow)
    app.emit('second-instance', {}, ['coachbook'], '/home/zoe')
    expect(window.focused).toBe(true)
    expect(window.restore).not.toHaveBeenCalled()
  })

  it('restores a minimised window, and shows a hidden one, before focusing it', () => {
    const app = standInApp(true)
    const window = standInWindow({ minimized: true, visible: false })
    holdSingleInstance(asApp(app), () => window as ForegroundWindow)
    app.emit('second-instance', {}, ['coachbook'], '/home/zoe')
    expect(window.restore).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect([window.minimized, window.visible, window.focused]).toEqual([false, true, true])
  })

  it('follows the window it has now, not the one it had when it started', () => {
    const app = standInApp(true)
    let current: ReturnType<typeof standInWindow> | null = null
    holdSingleInstance(asApp(app), () => current as ForegroundWindow | null)
    // Started while the practice is still opening: there is no window yet, and nothing happens.
    expect(() => app.emit('second-instance', {}, [], '')).not.toThrow()
    current = standInWindow({ minimized: true })
    app.emit('second-instance', {}, [], '')
    expect(current.focused).toBe(true)
  })

  it('leaves a window that was closed alone rather than failing on it', () => {
    const app = standInApp(true)
    const window = standInWindow({ destroyed: true })
    window.isMinimized = () => {
      throw new TypeError('Object has been destroyed')
    }
    holdSingleInstance(asApp(app), () => window as ForegroundWindow)
    expect(() => app.emit('second-instance', {}, [], '')).not.toThrow()
    expect(window.focus).not.toHaveBeenCalled()
  })
})
