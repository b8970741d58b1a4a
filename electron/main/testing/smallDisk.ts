import { execFileSync } from 'node:child_process'
import { closeSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { temporaryFolder } from './practice'

/**
 * A real, tiny disk (a tmpfs mounted on a temporary folder), to fill up for real: what
 * SQLite and the system answer there (SQLITE_FULL, ENOSPC) is what a coach's full disk
 * answers. Mounting needs root, which the CI and the development machine have; where it
 * is refused, `smallDiskAvailable` is false and the tests that need one say they were skipped.
 */
export interface SmallDisk {
  folder: string
  /** Writes a filler file until the disk has no byte left, then gives back `leaveBytes` of it. */
  fill(leaveBytes?: number): void
  /** Deletes the filler: the disk has room again. */
  free(): void
  unmount(): void
}

function tryMount(bytes: number): SmallDisk | null {
  const folder = temporaryFolder('coachbook-small-disk-')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', folder], { stdio: 'ignore' })
  } catch {
    rmSync(folder, { recursive: true, force: true })
    return null
  }
  const filler = join(folder, 'filler')
  return {
    folder,
    fill: (leaveBytes = 0) => {
      const fd = openSync(filler, 'a')
      const block = Buffer.alloc(64 * 1024, 1)
      try {
        for (;;) writeSync(fd, block)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      }
      // The last partial block: byte by byte until not even one fits.
      try {
        for (;;) writeSync(fd, block, 0, 1)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      } finally {
        closeSync(fd)
      }
      if (leaveBytes > 0) truncateSync(filler, Math.max(0, statSync(filler).size - leaveBytes))
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', folder], { stdio: 'ignore' })
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

let probed: boolean | undefined
/** Whether this machine lets the tests mount a small disk (probed once). */
export function smallDiskAvailable(): boolean {
  if (probed === undefined) {
    const disk = tryMount(64 * 1024)
    disk?.unmount()
    probed = disk !== null
  }
  return probed
}

export function mountSmallDisk(bytes: number): SmallDisk {
  const disk = tryMount(bytes)
  if (!disk) throw new Error('A small disk cannot be mounted here (mounting needs root).')
  return disk
}
