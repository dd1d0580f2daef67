/**
 * @module
 * Keeps tokens and passwords out of logs and error messages.
 */
import { escapeXml } from '@vettrak-portal/vettrak-api'

const SECRET_ELEMENT = /<((?:[\w-]+:)?(?:sToken|token|Token|sPassword|password))>[^<]*<\/\1>/g

/**
 * SOAP XML with the contents of every token and password element replaced, and any other
 * occurrence of the secrets sent in `request` (an answer may echo them in a message).
 */
export function redactXml(xml: string, request = ''): string {
  const sent = [...request.matchAll(SECRET_ELEMENT)].map((match) =>
    match[0].slice(match[0].indexOf('>') + 1, match[0].lastIndexOf('<')),
  )
  return redactSecrets(xml.replace(SECRET_ELEMENT, '<$1>[redacted]</$1>'), sent)
}

/** `text` with every occurrence of each secret (plain or XML-escaped) replaced. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length < 4) continue
    for (const form of new Set([secret, escapeXml(secret)]))
      out = out.split(form).join('[redacted]')
  }
  return out
}
