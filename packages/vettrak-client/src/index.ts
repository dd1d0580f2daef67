/**
 * @module
 * `@vettrak-portal/vettrak-client`: the typed VETtrak client, its domain schemas, its errors and
 * the `vettrak doctor` checks.
 */
export {
  createVettrakClient,
  endpointOf,
  DEFAULT_TIMEOUT_MS,
  type VettrakClient,
  type VettrakClientOptions,
} from './client.ts'
export type { CallOptions } from './invoke.ts'
export type { VettrakLogger } from './logger.ts'
export type { ServiceAccount } from './service-session.ts'
export type { ClientRef } from './operations/auth.ts'
export type { DateRange, InvoiceStatusFilter } from './operations/learner.ts'
export type { EmployerRef } from './operations/employer.ts'
export type { AwardClaim } from './operations/verification.ts'
export * from './errors.ts'
export * from './schemas/index.ts'
export {
  runDoctor,
  type DoctorOptions,
  type DoctorReport,
  type LiveCheck,
} from './doctor/run-doctor.ts'
export { formatDoctorReport } from './doctor/format-report.ts'
export type { Finding, OperationCheck, Severity } from './doctor/compare.ts'
export type { FeatureCheck } from './doctor/run-doctor.ts'
export type { ListShape, ResultSideCheck } from './doctor/result-side.ts'
export type { LiveRead, ReadOutcome } from './doctor/live-reads.ts'
export { createAnonymiser, envelopeStructure } from './doctor/anonymise.ts'
export { readWsdlModel, WsdlReadError, type WsdlSource } from './doctor/read-wsdl.ts'
export { WsdlParseError, type WsdlModel } from './doctor/wsdl-model.ts'
export {
  featureAvailability,
  portalFeatureNames,
  optionalFeatures,
  portalFeatures,
  requiredFeatures,
  type FeatureAvailability,
} from './features.ts'
