import { describe, expect, it } from 'vitest'
import { formatAbn, isValidAbn } from './abn.ts'

describe('an ABN', () => {
  it.each(['51 824 753 556', '51824753556', '53 004 085 616'])(
    '%s passes the register’s check',
    (abn) => expect(isValidAbn(abn)).toBe(true),
  )

  it.each(['51 824 753 557', '1234567890', '5182475355a', '', '518 247 535 561'])(
    '%s does not',
    (abn) => expect(isValidAbn(abn)).toBe(false),
  )

  it('is written in the register’s groups', () => {
    expect(formatAbn('51824753556')).toBe('51 824 753 556')
    expect(formatAbn(' 51 8247 53556 ')).toBe('51 824 753 556')
  })
})
