import { describe, expect, it } from 'vitest'
import { countOf, listOf, noun, pluralOf, restFigure, totalFigure, totalOf } from './words'

describe('counting in English', () => {
  const session = noun('session')
  it('agrees the noun with the number as written', () => {
    expect(countOf(1, session)).toBe('1 session')
    expect(countOf(0, session)).toBe('0 sessions')
    expect(countOf(2, session)).toBe('2 sessions')
    expect(countOf(1.5, noun('hour'), { maximumFractionDigits: 1 })).toBe('1.5 hours')
    // Written "1", so singular, whatever the digits behind it.
    expect(countOf(0.98, noun('hour'), { maximumFractionDigits: 1 })).toBe('1 hour')
    expect(pluralOf(1, noun('child', 'children'))).toBe('child')
  })

  it('writes the number in the reader’s locale', () => {
    expect(countOf(1250, noun('client'), { locale: 'de-DE' })).toBe('1.250 clients')
    expect(countOf(4.5, noun('hour'), { locale: 'de-DE', maximumFractionDigits: 1 })).toBe('4,5 hours')
  })

  it('says a total beyond what lists count as "1,000+"', () => {
    expect(totalOf(1000, noun('client'))).toBe('1,000 clients')
    expect(totalOf(1001, noun('client'))).toBe('1,000+ clients')
    expect(totalOf(1001, noun('client'), { locale: 'de-DE' })).toBe('1.000+ clients')
    expect(totalOf(1, noun('client'))).toBe('1 client')
    expect(totalFigure(1001)).toBe('1,000+')
    expect(totalFigure(1000)).toBe('1,000')
  })

  it('says how many more than shown, "975+" beyond what lists count', () => {
    expect(restFigure(30, 25)).toBe('5')
    expect(restFigure(1001, 25)).toBe('975+')
  })

  it('lists with a final “and”', () => {
    expect(listOf([])).toBe('')
    expect(listOf(['a'])).toBe('a')
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c')
  })
})
