import { z } from 'zod'
import { readMachineFile, writeMachineFile } from './machineFile'

/** A rectangle of the screen, in Electron's device-independent pixels. */
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/** A display the window can be on: its id and the part of it windows may use. */
export interface DisplayArea {
  id: number
  workArea: Area
}

const areaSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() })
const windowStateSchema = z.object({ bounds: areaSchema, maximised: z.boolean(), displayId: z.number() })
export type WindowState = z.infer<typeof windowStateSchema>

export const DEFAULT_SIZE = { width: 1200, height: 800 }
export const MINIMUM_SIZE = { width: 760, height: 480 }

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** A size that fits the area, never below the window's minimum. */
function fitted(size: { width: number; height: number }, area: Area): { width: number; height: number } {
  return {
    width: Math.max(MINIMUM_SIZE.width, Math.min(size.width, area.width)),
    height: Math.max(MINIMUM_SIZE.height, Math.min(size.height, area.height))
  }
}

function centred(size: { width: number; height: number }, area: Area): Area {
  const { width, height } = fitted(size, area)
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height }
}

/**
 * Where the window opens: where it was last, on the display it was on, when that
 * display is still there and the window would still be seen on it; otherwise (a
 * display unplugged, its resolution lowered) the same size centred on the main
 * display, so the window never opens off screen. A window larger than its display
 * is made to fit.
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayArea[], primary: DisplayArea): { bounds: Area; maximised: boolean } {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximised: false }
  const display = displays.find((candidate) => candidate.id === saved.displayId)
  const shown = display ? overlap(saved.bounds, display.workArea) : 0
  // Enough of it on the display to grab its title bar and move it.
  if (!display || shown < Math.min(saved.bounds.width, display.workArea.width) * 48) {
    return { bounds: centred(saved.bounds, primary.workArea), maximised: saved.maximised }
  }
  const size = fitted(saved.bounds, display.workArea)
  const area = display.workArea
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - size.width)
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - size.height)
  return { bounds: { x, y, ...size }, maximised: saved.maximised }
}

/** The state saved last, or null when there is none or it cannot be read (the window then opens as new). */
export function readWindowState(file: string): WindowState | null {
  return readMachineFile(file, windowStateSchema)
}

/** Saves the state whole or not at all (written beside, then renamed over), so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const rounded = { ...state, bounds: { x: Math.round(state.bounds.x), y: Math.round(state.bounds.y), width: Math.round(state.bounds.width), height: Math.round(state.bounds.height) } }
  writeMachineFile(file, rounded)
}
