/**
 * @module
 * Escaping of the five predefined XML entities, for callers that write SOAP text or attribute values
 * by hand (and for finding a secret in the escaped form it takes on the wire), and the reverse.
 */

/** `value` with `&`, `<`, `>`, `"` and `'` written as entities: safe in element text and attributes. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** The reverse of {@link escapeXml}: the five predefined entities back to their characters. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
