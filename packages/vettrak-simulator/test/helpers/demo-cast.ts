/**
 * @module
 * The seeded demo people and records (`DEMO`, `DEMO_ACCOUNTS`) as a {@link Cast} for the
 * every-operation tests.
 */
import { DEMO, demoAccount as account } from '../../src/index.ts'
import type { Cast } from './every-operation.ts'

const learner = account('demo.learner')
const staff = account('demo.staff')
const service = account('api.portal')

export const DEMO_REFERENCE_DATE = '2026-03-15'

export const DEMO_CAST: Cast = {
  learner: {
    username: learner.username,
    password: learner.password,
    clientCode: learner.clientCode,
    email: learner.email ?? '',
  },
  staff: { username: staff.username, password: staff.password, clientCode: staff.clientCode },
  service: { username: service.username, password: service.password },
  contactCode: DEMO.clients.employer,
  enrolmentId: DEMO.learner.enrolments.individualSupport,
  contractId: DEMO.learner.contract,
  employerId: DEMO.employers.acme,
  award: { givenName: 'Charlotte', surname: 'Nguyen', parchmentNumber: 'CSIQ0060001' },
  from: '2000-01-01T00:00:00',
  to: '2035-12-31T23:59:59',
}
