import { describe, expect, it } from 'vitest'
import { isUpgradeProgress, upgradeFractionDone, upgradeProgressWords } from './upgrade'

describe('the update window’s progress', () => {
  it('takes the progress main sends, and nothing else', () => {
    expect([{ phase: 'backup' }, { phase: 'upgrade', done: 0, total: 6 }, { phase: 'upgrade', done: 6, total: 6 }].every(isUpgradeProgress)).toBe(true)
    const refused = [
      null,
      'backup',
      { phase: 'backup', done: 1 },
      { phase: 'upgrade', done: 7, total: 6 },
      { phase: 'upgrade', done: -1, total: 6 },
      { phase: 'upgrade', done: 1.5, total: 6 },
      { phase: 'upgrade', done: 0, total: 0 },
      { phase: 'upgrade', done: '1', total: 6 },
      { phase: 'restore' }
    ]
    expect(refused.filter(isUpgradeProgress)).toEqual([])
  })

  it('says each step in words, and how much is done', () => {
    expect(upgradeProgressWords({ phase: 'backup' })).toBe('Making a verified copy of your practice first…')
    expect(upgradeProgressWords({ phase: 'upgrade', done: 0, total: 6 })).toBe('Updating: step 1 of 6')
    expect(upgradeProgressWords({ phase: 'upgrade', done: 6, total: 6 })).toBe('Finishing…')
    expect([{ phase: 'backup' } as const, { phase: 'upgrade', done: 0, total: 4 } as const, { phase: 'upgrade', done: 4, total: 4 } as const].map(upgradeFractionDone)).toEqual([
      0.05, 0.1, 1
    ])
  })
})
