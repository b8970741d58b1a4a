import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security'
import { builtFile } from './out'

/** The pages Electron loads, as built: the policy must be in each, not only in the source that writes it there. */
describe.each(['index.html', 'upgrade.html'])('the built page %s', (page) => {
  const html = builtFile(`renderer/${page}`)
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? ''
  const policies = [...head.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)]

  it('carries the Content-Security-Policy, exactly once and exactly as defined', () => {
    expect(policies.map((match) => match[1])).toEqual([CONTENT_SECURITY_POLICY])
    expect([...html.matchAll(/Content-Security-Policy/gi)]).toHaveLength(1)
  })

  it('sets the policy before any script or style is loaded', () => {
    const policyAt = head.indexOf(policies[0]![0])
    const firstResource = head.search(/<script|<link/i)
    expect(firstResource).toBeGreaterThan(policyAt)
  })

  it('has no inline script, which the policy would block', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.?\/assets\//)
      expect(body!.trim()).toBe('')
    }
  })
})
