import { describe, expect, it } from 'vitest'
import { callKey, createCoalescer } from './coalescer.ts'

describe('coalescing', () => {
  it('fifty identical calls in flight make one call and all get its answer', async () => {
    const coalescer = createCoalescer()
    let calls = 0
    let release: (value: string[]) => void = () => {}
    const call = () => {
      calls++
      return new Promise<string[]>((resolve) => (release = resolve))
    }
    const waiting = Array.from({ length: 50 }, () => coalescer.run('k', call))
    release(['answer'])
    const answers = await Promise.all(waiting)
    expect(calls).toBe(1)
    expect(answers.every((answer) => answer[0] === 'answer')).toBe(true)
    expect(coalescer.size).toBe(0)
  })

  it('a failure is shared too, and the next call starts afresh', async () => {
    const coalescer = createCoalescer()
    let calls = 0
    const failing = () => {
      calls++
      return Promise.reject(new Error('down'))
    }
    const results = await Promise.allSettled([
      coalescer.run('k', failing),
      coalescer.run('k', failing),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    await coalescer.run('k', failing).catch(() => {})
    expect(calls).toBe(2)
  })

  it('the key ignores the order of input fields but not their values', () => {
    expect(callKey('getX', { token: 't', clientCode: '1' })).toBe(
      callKey('getX', { clientCode: '1', token: 't' }),
    )
    expect(callKey('getX', { token: 't', clientCode: '1' })).not.toBe(
      callKey('getX', { token: 'u', clientCode: '1' }),
    )
    expect(callKey('getX', { a: 1 })).not.toBe(callKey('getY', { a: 1 }))
  })

  it('the key is the input as JSON with its keys sorted, whatever its shape', () => {
    expect(callKey('getX', { b: 'x"y', a: 2, c: true })).toBe('getX:{"a":2,"b":"x\\"y","c":true}')
    expect(callKey('getX', {})).toBe('getX:{}')
    expect(callKey('getX', { b: 1, a: undefined })).toBe('getX:{"b":1}')
    expect(callKey('getX', { z: { d: 1, c: [2, { f: 1, e: 0 }] }, y: null })).toBe(
      'getX:{"y":null,"z":{"c":[2,{"e":0,"f":1}],"d":1}}',
    )
    expect(callKey('getX', undefined)).toBe('getX:undefined')
  })
})
