/**
 * Replays recorded answers (`test/recordings/<Operation>[.<label>].xml`, the format `vettrak doctor
 * --record` writes) through the client: each must be read as a Status 1 answer with every record of
 * its lists, none silently dropped.
 */
import { readdirSync, readFileSync } from 'node:fs'
import {
  operations,
  type OperationName,
  type OperationSpec,
  type ScalarType,
} from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVettrakClient } from '../src/index.ts'
import { createInvoke } from '../src/invoke.ts'
import { createSoapTransport } from '../src/soap-transport.ts'
import { startRecordedServer } from './recorded-server.ts'

const folder = new URL('./recordings/', import.meta.url)
const recordings = readdirSync(folder)
  .filter((file) => file.endsWith('.xml'))
  .map((file) => ({
    file,
    operation: file.slice(0, file.indexOf('.')) as OperationName,
    text: readFileSync(new URL(file, folder), 'utf8'),
  }))

const SAMPLE: Record<ScalarType, unknown> = {
  string: 'x',
  int: 1,
  decimal: '0.00',
  dateTime: '2020-01-01T00:00:00',
  boolean: false,
  'int?': null,
  'dateTime?': null,
  'boolean?': null,
}

let server: Awaited<ReturnType<typeof startRecordedServer>>
let answer = ''
beforeAll(async () => {
  server = await startRecordedServer(() => ({ body: answer }))
})
afterAll(() => server.close())

describe('recorded answers replayed through the client', () => {
  it('has recordings to replay, each named after an operation', () => {
    expect(recordings.length).toBeGreaterThan(0)
    for (const { operation, file } of recordings) expect(operations, file).toHaveProperty(operation)
  })

  it.each(recordings)('reads $file with every record of its lists', async ({ operation, text }) => {
    answer = text
    const transport = createSoapTransport({
      wsdl: server.wsdlUrl,
      endpoint: `${server.url}/VT_API.asmx`,
      timeoutMs: 2_000,
    })
    try {
      const spec = operations[operation] as OperationSpec
      const request = Object.fromEntries(
        Object.entries(spec.request).map(([name, type]) => [name, SAMPLE[type]]),
      )
      const result = (await createInvoke(transport)(operation, request as never)) as Record<
        string,
        unknown
      >
      const auth = (spec.result.kind === 'bare' ? result : result.Auth) as { Status: number }
      expect(auth.Status).toBe(1)
      if (spec.result.kind === 'wrapped')
        for (const [name, field] of Object.entries(spec.result.payload)) {
          if (typeof field !== 'object' || !('list' in field)) continue
          const items = text.match(new RegExp(`<(?:\\w+:)?${field.list}[\\s>]`, 'g')) ?? []
          expect(result[name], `${name} items`).toHaveLength(items.length)
        }
    } finally {
      transport.close()
    }
  })

  it('reads the public real capture of GetEnrolmentsForClient to the last detail', async () => {
    answer = readFileSync(new URL('GetEnrolmentsForClient.public-capture.xml', folder), 'utf8')
    const client = createVettrakClient({ wsdlUrl: server.wsdlUrl, timeoutMs: 2_000 })
    try {
      const enrolments = await client.getEnrolmentsForClient({
        token: `'&7%+>-"6(+!56$0>345`,
        clientCode: '03037',
      })
      expect(enrolments.map((enrolment) => enrolment.id)).toEqual([11309, 17006])
      expect(enrolments[0]).toMatchObject({
        qualificationCode: 'FA',
        deliveryModes: ['Internal delivery'],
      })
      expect(enrolments[1]?.deliveryModes).toEqual([
        'External delivery',
        'Internal delivery',
        'Workplace-based',
      ])
    } finally {
      client.close()
    }
  })
})
