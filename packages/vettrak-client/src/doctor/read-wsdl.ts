/**
 * @module
 * Reads a server's WSDL text (a local file or an http(s) URL with a time limit) and parses it into
 * the doctor's model. The doctor and the BFF's feature check both read it this way.
 */
import { readFile } from 'node:fs/promises'
import { parseWsdl, type WsdlModel } from './wsdl-model.ts'

/** Where the WSDL is: `wsdlFile` wins over `wsdlUrl`. */
export interface WsdlSource {
  wsdlUrl?: string | undefined
  wsdlFile?: string | undefined
  timeoutMs?: number | undefined
}

/** The WSDL could not be fetched or read; the message says why, in words for an operator. */
export class WsdlReadError extends Error {
  override name = 'WsdlReadError'
}

/** Fetches or reads the WSDL text; throws `WsdlReadError`. */
export async function readWsdlText(source: WsdlSource): Promise<string> {
  if (source.wsdlFile !== undefined)
    return readFile(source.wsdlFile, 'utf8').catch((error: unknown) => {
      const code = (error as { code?: string }).code ?? 'unknown error'
      throw new WsdlReadError(`could not read the WSDL file ${source.wsdlFile} (${code})`)
    })
  if (source.wsdlUrl === undefined) throw new WsdlReadError('no WSDL given (--wsdl <url|file>)')
  const url = source.wsdlUrl
  const response = await fetch(url, {
    signal: AbortSignal.timeout(source.timeoutMs ?? 10_000),
  }).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    throw new WsdlReadError(
      `could not fetch the WSDL from ${url} (${timedOut ? 'timed out' : (cause ?? 'network error')})`,
    )
  })
  if (!response.ok)
    throw new WsdlReadError(`fetching the WSDL from ${url} gave HTTP ${response.status}`)
  return response.text()
}

/** Reads and parses the WSDL; throws `WsdlReadError` or `WsdlParseError`. */
export async function readWsdlModel(source: WsdlSource): Promise<WsdlModel> {
  return parseWsdl(await readWsdlText(source))
}
