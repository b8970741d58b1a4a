import { describe, expect, it } from 'vitest'
import { csvText } from './csv'

describe('a CSV file', () => {
  it('quotes what needs it, keeps what would start a formula as text, and a negative amount as a number', () => {
    const rows = [
      ['Name', 'Amount'],
      ['=HYPERLINK("x")', '-80.00'],
      ['-1+2', '@SUM(A1)'],
      ['Lee, Ann', '+44 20']
    ]
    expect(csvText(rows)).toBe('\uFEFFName,Amount\r\n"\'=HYPERLINK(""x"")",-80.00\r\n\'-1+2,\'@SUM(A1)\r\n"Lee, Ann",\'+44 20\r\n')
  })
})
