/**
 * @module
 * Response envelopes and SOAP Faults for SOAP 1.1 and 1.2, in the shape ASMX writes them
 * (`soap:` / `soap12:` prefixes, `xsi` and `xsd` declared on the envelope).
 */
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '@vettrak-portal/vettrak-api'
import type { FaultCode } from './soap-fault.ts'
import { escapeText } from './xml-escape.ts'

export type SoapVersion = '1.1' | '1.2'

const XSI_XSD =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"'

const OPEN: Record<SoapVersion, string> = {
  '1.1': `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11_ENVELOPE_NS}" ${XSI_XSD}><soap:Body>`,
  '1.2': `<?xml version="1.0" encoding="utf-8"?><soap12:Envelope xmlns:soap12="${SOAP12_ENVELOPE_NS}" ${XSI_XSD}><soap12:Body>`,
}
const CLOSE: Record<SoapVersion, string> = {
  '1.1': '</soap:Body></soap:Envelope>',
  '1.2': '</soap12:Body></soap12:Envelope>',
}

/** The HTTP content type of an answer in this SOAP version. */
export function contentTypeOf(version: SoapVersion): string {
  return version === '1.1' ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8'
}

/** Wraps a body element in the envelope of the request's SOAP version. */
export function envelope(version: SoapVersion, body: string): string {
  return OPEN[version] + body + CLOSE[version]
}

const SOAP12_CODES: Record<FaultCode, string> = {
  Client: 'soap12:Sender',
  Server: 'soap12:Receiver',
  VersionMismatch: 'soap12:VersionMismatch',
}

/** A complete fault envelope. */
export function faultEnvelope(version: SoapVersion, code: FaultCode, message: string): string {
  const text = escapeText(message)
  if (version === '1.1')
    return envelope(
      version,
      `<soap:Fault><faultcode>soap:${code}</faultcode><faultstring>${text}</faultstring><detail /></soap:Fault>`,
    )
  return envelope(
    version,
    `<soap12:Fault><soap12:Code><soap12:Value>${SOAP12_CODES[code]}</soap12:Value></soap12:Code>` +
      `<soap12:Reason><soap12:Text xml:lang="en">${text}</soap12:Text></soap12:Reason><soap12:Detail /></soap12:Fault>`,
  )
}
