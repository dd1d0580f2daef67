import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { asCdata, guardTextValues } from './xml-text-guard.ts'

const readBack = (xml: string) =>
  String((new XMLParser({ parseTagValue: false }).parse(`<a>${xml}</a>`) as { a: unknown }).a)

describe('values soap would write into a request unescaped', () => {
  it.each([
    '<![CDATA[x]]>',
    '<![CDATA[]]></sUsername><sUsername>demo.staff</sUsername><x><![CDATA[]]>',
    '<![CDATA[a]]>b]]>',
  ])('%j is sent as CDATA that reads back as exactly itself', (value) => {
    const sent = guardTextValues({ sUsername: value }).sUsername as string
    expect(sent).not.toBe(value)
    expect(readBack(sent)).toBe(value)
  })

  it('leaves every other value alone, and the same object when nothing needs it', () => {
    const args = { sUsername: 'demo.learner', sPassword: '<b>&"\'', iEnro_ID: 7, x: '<![CDATA[' }
    expect(guardTextValues(args)).toBe(args)
  })

  it('splits a ]]> inside the text across two sections', () => {
    expect(asCdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>')
  })
})
