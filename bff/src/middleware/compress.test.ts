import { getRequestListener } from '@hono/node-server'
import { describe, expect, it } from 'vitest'
import { heldTextLength } from './compress.ts'

const FullResponse = globalThis.Response
// What the server does when it starts: `Response` becomes its lightweight answer.
getRequestListener(() => new Response())

describe('heldTextLength', () => {
  it('measures an answer the server still holds as text, in bytes, without reading its body', () => {
    const answer = new Response('{"name":"Zoë"}', {
      headers: { 'content-type': 'application/json' },
    })
    expect(heldTextLength(answer)).toBe(15)
    // Still held: reading the body (or asking whether it was read) would have let it go.
    expect(heldTextLength(answer)).toBe(15)
    void answer.bodyUsed
    expect(heldTextLength(answer)).toBeUndefined()
  })

  it('knows nothing of other answers: a full Response, a stream, bytes', () => {
    expect(heldTextLength(new FullResponse('{"name":"Zoë"}'))).toBeUndefined()
    expect(heldTextLength(new Response(new Uint8Array([1, 2])))).toBeUndefined()
    const streamed = new Response(new ReadableStream({ start: (c) => c.close() }))
    expect(heldTextLength(streamed)).toBeUndefined()
  })
})
