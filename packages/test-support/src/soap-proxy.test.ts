import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSoapProxy, unknownOperationFault, withoutElement } from './soap-proxy.ts'

/** A server on 127.0.0.1 that answers every request with `<Answer from="name">body</Answer>`. */
async function startEcho(name: string) {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
      res.end(`<Answer from="${name}"><Kept>1</Kept><Dropped>2</Dropped>${body}</Answer>`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const post = async (url: string, operation: string | undefined, body: string) => {
  const headers: Record<string, string> = { 'content-type': 'text/xml; charset=utf-8' }
  if (operation) headers.soapaction = `"http://www.ozsoft.com.au/VETtrak/api/complete/${operation}"`
  const response = await fetch(`${url}/VT_API.asmx`, { method: 'POST', headers, body })
  return { status: response.status, text: await response.text() }
}

let first: Awaited<ReturnType<typeof startEcho>>
let second: Awaited<ReturnType<typeof startEcho>>
beforeAll(async () => {
  ;[first, second] = await Promise.all([startEcho('first'), startEcho('second')])
})
afterAll(async () => {
  await Promise.all([first.close(), second.close()])
})

describe('the SOAP proxy', () => {
  it('passes answers through, recording and counting each request by its SOAPAction', async () => {
    const proxy = await startSoapProxy(first.url)
    try {
      expect(await post(proxy.url, 'ValidateClient', '<a/>')).toEqual({
        status: 200,
        text: '<Answer from="first"><Kept>1</Kept><Dropped>2</Dropped><a/></Answer>',
      })
      await post(proxy.url, 'ValidateClient', '<b/>')
      await post(proxy.url, 'GetClientDetails', '<c/>')
      await post(proxy.url, undefined, '<not-soap/>')

      expect(proxy.count('ValidateClient')).toBe(2)
      expect(proxy.count('GetClientDetails')).toBe(1)
      expect(proxy.count('GetEnrolmentsForClient')).toBe(0)
      expect(proxy.requests('ValidateClient').map((r) => r.body)).toEqual(['<a/>', '<b/>'])
      expect(proxy.requests().map((r) => r.operation)).toEqual([
        'ValidateClient',
        'ValidateClient',
        'GetClientDetails',
      ])
    } finally {
      await proxy.close()
    }
  })

  it("rewrites only the named operation's answers, until cleared", async () => {
    const proxy = await startSoapProxy(first.url)
    try {
      proxy.rewrite('GetClientDetails', (xml) => withoutElement(xml, 'Dropped'))
      proxy.rewrite('GetEmployersForClient', () => unknownOperationFault('GetEmployersForClient'))

      expect((await post(proxy.url, 'GetClientDetails', '')).text).toBe(
        '<Answer from="first"><Kept>1</Kept></Answer>',
      )
      const fault = await post(proxy.url, 'GetEmployersForClient', '')
      expect(fault.status).toBe(500)
      expect(fault.text).toContain('<faultcode>soap:Client</faultcode>')
      expect((await post(proxy.url, 'ValidateClient', '')).text).toContain('<Dropped>2</Dropped>')

      proxy.clear()
      expect(proxy.requests()).toEqual([])
      expect((await post(proxy.url, 'GetClientDetails', '')).text).toContain('<Dropped>2</Dropped>')
    } finally {
      await proxy.close()
    }
  })

  it('answers 502 until it has a server, and follows `retarget` to another', async () => {
    const proxy = await startSoapProxy()
    try {
      expect((await post(proxy.url, 'ValidateClient', '')).status).toBe(502)
      proxy.retarget(first.url)
      expect((await post(proxy.url, 'ValidateClient', '')).text).toContain('from="first"')
      proxy.retarget(second.url)
      expect((await post(proxy.url, 'ValidateClient', '')).text).toContain('from="second"')
      expect(proxy.count('ValidateClient')).toBe(3)
    } finally {
      await proxy.close()
    }
  })
})
