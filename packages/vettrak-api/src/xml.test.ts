import { describe, expect, it } from 'vitest'
import { escapeXml, unescapeXml } from './xml.ts'

describe('escapeXml', () => {
  it('writes the five predefined entities, ampersands first', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f')
    expect(escapeXml('&lt;')).toBe('&amp;lt;')
  })
  it('leaves other text alone', () => {
    expect(escapeXml('')).toBe('')
    expect(escapeXml('Plain text, 100% (ok) — é')).toBe('Plain text, 100% (ok) — é')
  })
})

describe('unescapeXml', () => {
  it('reads the five predefined entities, ampersands last', () => {
    expect(unescapeXml('a&amp;b&lt;c&gt;d&quot;e&apos;f')).toBe(`a&b<c>d"e'f`)
    expect(unescapeXml('&amp;lt;')).toBe('&lt;')
  })
  it('undoes escapeXml', () => {
    for (const value of ['&7%+>-"6(+!56$0>345', `<&amp;'">`, '', 'plain'])
      expect(unescapeXml(escapeXml(value))).toBe(value)
  })
})
