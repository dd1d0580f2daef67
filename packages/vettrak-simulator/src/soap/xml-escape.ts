/**
 * @module
 * Escaping of XML text and attribute values, with a fast path for the common clean string.
 */

const TEXT_SPECIAL = /[&<>]/
const ATTR_SPECIAL = /[&<>"]/

/** Escapes `&`, `<` and `>` as the .NET XmlSerializer does in element text. */
export function escapeText(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escapes a value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  if (!ATTR_SPECIAL.test(value)) return value
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
