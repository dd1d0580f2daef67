/**
 * @module
 * A SOAP Fault raised while reading or answering a request; the server writes it with HTTP 500,
 * as ASMX does.
 */

/** `Client`: the request is at fault; `Server`: the service failed; `VersionMismatch`: wrong envelope. */
export type FaultCode = 'Client' | 'Server' | 'VersionMismatch'

/** A request that ends in a SOAP Fault rather than a data-level answer. */
export class SoapFault extends Error {
  readonly code: FaultCode

  constructor(code: FaultCode, message: string) {
    super(message)
    this.name = 'SoapFault'
    this.code = code
  }
}
