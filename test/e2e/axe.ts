import AxeBuilder from '@axe-core/playwright'
import type { Result } from 'axe-core'
import { expect, test, type Page } from '@playwright/test'

/**
 * Accessibility checks for the journeys: axe-core with the WCAG 2.1 A and AA rules and
 * axe's best practices, every rule on and the whole page in scope, in the light and the
 * dark colour scheme. A violation fails the journey, which goes on to list every other
 * one before it ends.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
export const COLOUR_SCHEMES = ['light', 'dark'] as const
export type ColourScheme = (typeof COLOUR_SCHEMES)[number]

export interface Finding {
  screen: string
  scheme: ColourScheme
  rule: string
  impact: string
  help: string
  /** Where it is, and what axe says to fix, one line per element. */
  nodes: string[]
}

/** Everything axe finds on the page as it is now, in the scheme it is shown in. */
export async function axeFindings(page: Page, screen: string, scheme: ColourScheme): Promise<Finding[]> {
  // Legacy mode runs axe in the window itself: the app has no frames to reach, and a second
  // page (which the default mode opens to merge frames' results) cannot be opened in Electron.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze()
  return results.violations.map((violation: Result) => ({
    screen,
    scheme,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
  }))
}

/** Waits until nothing is loading or moving, so axe sees the screen as the coach does. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  // A search list moves its active option to what was typed only after a pause in typing.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[aria-activedescendant]')).every((box) => document.getElementById(box.getAttribute('aria-activedescendant')!))
      )
    )
    .toBe(true)
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))))
}

/**
 * Scans the screen as it is in both colour schemes and records each violation as a
 * failure of the test (a soft one, so the journey goes on and reports all of them).
 * The colour scheme the page had is put back afterwards.
 */
export async function expectAccessible(page: Page, screen: string): Promise<Finding[]> {
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)
  const findings: Finding[] = []
  for (const scheme of COLOUR_SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme })
    await settled(page)
    findings.push(...(await axeFindings(page, screen, scheme)))
  }
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' })
  scannedIn(test.info().testId).push({ screen, findings })
  for (const scheme of COLOUR_SCHEMES) {
    const inScheme = findings.filter((finding) => finding.scheme === scheme)
    expect.soft(inScheme.map(describe), `axe violations on “${screen}” in the ${scheme} scheme`).toEqual([])
  }
  return findings
}

function describe(finding: Finding): string {
  return `[${finding.impact}] ${finding.rule}: ${finding.help}\n    ${finding.nodes.join('\n    ')}`
}

/** The screens each test has scanned so far, by test, for the summary attached to its report. */
const scanned = new Map<string, { screen: string; findings: Finding[] }[]>()

function scannedIn(testId: string): { screen: string; findings: Finding[] }[] {
  if (!scanned.has(testId)) scanned.set(testId, [])
  return scanned.get(testId)!
}

/**
 * Attaches what this test scanned to its report: each screen with its violations, and
 * their count by scheme and impact. Call at the end of a journey that scans.
 */
export async function attachAxeSummary(): Promise<void> {
  const { testId } = test.info()
  const screens = scannedIn(testId)
  scanned.delete(testId)
  const counts: Record<string, number> = {}
  for (const { findings } of screens) {
    for (const { scheme, impact } of findings) counts[`${scheme} ${impact}`] = (counts[`${scheme} ${impact}`] ?? 0) + 1
  }
  const summary = { screens: screens.map(({ screen, findings }) => ({ screen, violations: findings.length })), counts }
  await test.info().attach('axe summary', { body: JSON.stringify(summary, null, 2), contentType: 'application/json' })
}
