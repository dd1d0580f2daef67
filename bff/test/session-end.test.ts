import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Stack } from './harness.ts'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

describe('when a session ends', () => {
  it('a staff member who signs out leaves no list of clients behind', async () => {
    const staff = stack.agent()
    await staff.signIn('demo.staff', 'Staff!2026')
    expect((await staff.get('/api/staff/clients?q=Nguyen')).status).toBe(200)
    expect(stack.cacheSizes().accessibleClients).toBe(1)
    await staff.delete('/api/session')
    expect(stack.cacheSizes().accessibleClients).toBe(0)
  })

  it('an employer contact who signs out leaves no employer tree or cached lists behind', async () => {
    const contact = stack.agent()
    const session = (await contact.signIn('demo.employer', 'Employer!2026')).json as {
      employers: { id: string; name: string }[]
    }
    const acme = session.employers.find((e) => e.name === 'Acme Training Services')
    await contact.put('/api/session/employer', { employerId: acme?.id })
    expect((await contact.get('/api/employer/trainees')).status).toBe(200)
    const during = stack.cacheSizes()
    expect(during.employerTrees).toBeGreaterThan(0)
    expect(during.cachedReads).toBeGreaterThan(0)
    expect(during.cachedReadBytes).toBeGreaterThan(0)
    await contact.delete('/api/session')
    const after = stack.cacheSizes()
    expect(after.employerTrees).toBe(0)
    expect(after.cachedReads).toBe(0)
    expect(after.cachedReadBytes).toBe(0)
  })

  it('a session that signs out leaves no opened cookie behind', async () => {
    const learner = stack.agent()
    await learner.signIn('demo.learner', 'Learner!2026')
    expect((await learner.get('/api/me')).status).toBe(200)
    expect(stack.cacheSizes().openedCookies).toBeGreaterThan(0)
    await learner.delete('/api/session')
    expect(stack.cacheSizes().openedCookies).toBe(0)
  })

  it('a session VETtrak has expired takes its cached lists with it', async () => {
    const learner = stack.agent()
    await learner.signIn('demo.learner', 'Learner!2026')
    expect((await learner.get('/api/me/events')).status).toBe(200)
    expect(stack.cacheSizes().cachedReads).toBeGreaterThan(0)
    stack.sim.expireTokens()
    expect((await learner.get('/api/me/invoices')).status).toBe(401)
    expect(stack.cacheSizes().cachedReads).toBe(0)
  })
})
