/**
 * @module
 * `@vettrak-portal/vettrak-simulator`: a strict stand-in for VETtrak's `VT_API.asmx` (SOAP 1.1 and
 * 1.2, WSDL, tokens with sliding expiry, security levels, seeded demo data, injectable faults).
 */
export { startSimulator, type SimulatorOptions } from './start-simulator.ts'
export type { RunningSimulator } from './simulator.ts'
export type { FaultSpec, FaultKind } from './faults/fault-spec.ts'
export {
  createSeededStore,
  DEMO,
  DEMO_ACCOUNTS,
  demoAccount,
  BULK_LEARNER_PASSWORD,
  BULK_STAFF_PASSWORD,
} from './seed/index.ts'
export type { SimStore } from './data/store.ts'
