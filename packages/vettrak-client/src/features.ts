/**
 * @module
 * `portalFeatures`: each portal feature and the VT_API operations it calls, declared once. The
 * BFF turns a feature off when this RTO's WSDL lacks one of its operations, and `vettrak doctor`
 * prints the same table. Names come from `@vettrak-portal/contracts` (the SPA's vocabulary);
 * operations are typed against `@vettrak-portal/vettrak-api`, so renaming an operation there is a
 * type error here, on the one line to change.
 */
import type { FeatureName } from '@vettrak-portal/contracts'
import type { OperationName } from '@vettrak-portal/vettrak-api'
import type { WsdlModel } from './doctor/wsdl-model.ts'

/** Every employer page first decides the employer scope from the tree and the user's links. */
const employerScope = ['GetEmployersForClient', 'GetEmployerTree'] as const

/** The operations each feature calls, in the order it calls them. */
export const portalFeatures = {
  signIn: ['ValidateClient', 'GetClientDetails'],
  myDetails: ['GetClientDetails'],
  enrolments: ['GetEnrolmentsForClient', 'GetUnitsForEnrolmentIncludingLinked'],
  contracts: ['GetContractsForClient', 'GetUnitsForContract'],
  events: ['GetEventsForClient'],
  invoices: ['GetInvoicesForClient'],
  certificates: ['GetAwardsForClient'],
  certificateVerification: ['VerifyAward'],
  passwordChange: [
    'GetClientDetails',
    'GetPasswordPolicy',
    'UpdateClientUsernamePassword',
    'ValidateClient',
  ],
  employer: [...employerScope, 'GetEmployerDetails'],
  employerContacts: [...employerScope, 'GetEmployerContactDetails'],
  trainees: [...employerScope, 'GetTraineesForEmployer', 'GetUnitsForContract'],
  employees: [...employerScope, 'GetEmployeesForEmployer'],
  employerEnrolments: [...employerScope, 'GetEnrolmentsForEmployer'],
  employerInvoices: [...employerScope, 'GetInvoicesForEmployer'],
  employerEvents: [...employerScope, 'GetEventsForEmployer'],
  occurrences: [...employerScope, 'GetOccurrencesForEmployer'],
  staffClients: ['GetAccessibleClients', 'GetClientByEmail', 'GetClientDetails'],
  locationNames: ['GetLocations'],
} as const satisfies Record<FeatureName, readonly OperationName[]>

/**
 * Features that only add to others: while one is off the portal shows less, never an error
 * (without `locationNames`, locations show as VETtrak's codes).
 */
export const optionalFeatures = ['locationNames'] as const satisfies readonly FeatureName[]

/** Features without which nobody can use the portal: `/readyz` is not ready while one is off. */
export const requiredFeatures = ['signIn'] as const satisfies readonly FeatureName[]

/** The feature names, in table order. */
export const portalFeatureNames = Object.keys(portalFeatures) as FeatureName[]

/** Whether one feature is offered, and if not, which of its operations the WSDL lacks. */
export interface FeatureAvailability {
  feature: FeatureName
  operations: readonly OperationName[]
  available: boolean
  missing: OperationName[]
}

/** True when the WSDL offers `operation` on its SOAP 1.1 port (the one the portal speaks). */
export function offersOperation(model: WsdlModel, operation: OperationName): boolean {
  return model.operations.get(operation)?.soap11Action !== undefined
}

/** Decides, feature by feature, what this WSDL offers. */
export function featureAvailability(model: WsdlModel): FeatureAvailability[] {
  return portalFeatureNames.map((feature) => {
    const operations: readonly OperationName[] = portalFeatures[feature]
    const missing = operations.filter((operation) => !offersOperation(model, operation))
    return { feature, operations, available: missing.length === 0, missing }
  })
}
