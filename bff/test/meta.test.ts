import { MetaSchema, allFeaturesOn } from '@vettrak-portal/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/env.ts'
import { startStack, type Stack } from './harness.ts'

let demo: Stack
let real: Stack

beforeAll(async () => {
  demo = await startStack({ env: { DEMO_MODE: 'true' } })
  real = await startStack({ env: { DEMO_MODE: 'false' } })
})
afterAll(async () => {
  await demo.close()
  await real.close()
})

describe('/api/meta', () => {
  it('a visitor to the demo sees the demo accounts before signing in, and each one signs in', async () => {
    const response = await demo.agent().get('/api/meta')
    expect(response.status).toBe(200)
    const meta = MetaSchema.parse(response.json)
    expect(meta.demo).toBe(true)
    expect(meta.demoAccounts.map((a) => a.username)).toContain('demo.learner')
    for (const account of meta.demoAccounts) {
      const signIn = await demo.agent().signIn(account.username, account.password)
      expect(signIn.status, account.username).toBe(201)
    }
  })

  it('a portal against a real VETtrak lists no accounts', async () => {
    const response = await real.agent().get('/api/meta')
    expect(MetaSchema.parse(response.json)).toEqual({
      demo: false,
      demoAccounts: [],
      features: allFeaturesOn(),
      calendarFeeds: false,
      brand: { name: 'VETtrak Portal', primaryColour: '#0f766e' },
    })
  })
})

describe('DEMO_MODE', () => {
  it('is on by default only against the default simulator URL', () => {
    expect(loadConfig({}).demoMode).toBe(true)
    expect(
      loadConfig({ VETTRAK_WSDL_URL: 'https://vettrak.rto.example/VT_API.asmx?WSDL' }).demoMode,
    ).toBe(false)
    expect(loadConfig({ DEMO_MODE: 'false' }).demoMode).toBe(false)
  })
})
