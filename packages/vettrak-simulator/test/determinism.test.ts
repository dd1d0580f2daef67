import { operationNames } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../src/index.ts'
import { DEMO_CAST, DEMO_REFERENCE_DATE } from './helpers/demo-cast.ts'
import { everyOperation, type Who } from './helpers/every-operation.ts'
import { callRaw, login } from './helpers/soap-call.ts'

const sims: RunningSimulator[] = []
beforeAll(async () => {
  for (let i = 0; i < 2; i++)
    sims.push(await startSimulator({ port: 0, seed: 7, referenceDate: DEMO_REFERENCE_DATE }))
})
afterAll(() => Promise.all(sims.map((sim) => sim.close())))

/** Every answer of one simulator, in order, with its tokens replaced. */
async function transcript(sim: RunningSimulator): Promise<string[]> {
  const tokens: Record<Who, string> = {
    none: '',
    learner: await login(sim.endpoint, DEMO_CAST.learner.username, DEMO_CAST.learner.password),
    staff: await login(sim.endpoint, DEMO_CAST.staff.username, DEMO_CAST.staff.password),
    service: await login(sim.endpoint, DEMO_CAST.service.username, DEMO_CAST.service.password),
  }
  const calls = everyOperation(DEMO_CAST)
  const answers: string[] = []
  for (const name of operationNames) {
    const call = calls[name]
    const answer = await callRaw(sim.endpoint, name, call.args(tokens[call.who]))
    answers.push(answer.text.replace(/<Token>[^<]*<\/Token>/g, '<Token>[TOKEN]</Token>'))
  }
  return answers
}

describe('determinism', () => {
  it('two simulators with one seed give byte-identical answers to the same requests', async () => {
    const [first, second] = await Promise.all(sims.map(transcript))
    expect(first).toHaveLength(operationNames.length)
    expect(second).toEqual(first)
  })
})
