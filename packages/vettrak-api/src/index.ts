/**
 * @module
 * `@vettrak-portal/vettrak-api`: the description of VETtrak's `VT_API.asmx` that the portal relies
 * on (types, operations, statuses, WSDL). The simulator serves it; the client and the doctor check
 * a real server against it.
 */
export * from './constants.ts'
export * from './evidence.ts'
export * from './operations.ts'
export * from './types.ts'
export * from './messages.ts'
export * from './wsdl.ts'
export * from './xml.ts'
export * from './read-shape.ts'
export * from './profile.ts'
