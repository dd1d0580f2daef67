/**
 * @module
 * soap writes a string that starts with `<![CDATA[` and ends with `]]>` into the request as it is,
 * unescaped, so such a value could close its element and add others. Every other string it
 * escapes. A value of that shape is sent as a real CDATA section holding exactly that text (a
 * `]]>` inside split across two sections), so VETtrak reads back the same characters and the
 * request keeps its structure.
 */

const RAW_CDATA_SHAPE = /^<!\[CDATA\[[\s\S]*\]\]>$/

/** The text as one or more CDATA sections that an XML parser reads back as exactly `text`. */
export function asCdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

/** The call's arguments with every string soap would write raw made safe; others untouched. */
export function guardTextValues(args: Record<string, unknown>): Record<string, unknown> {
  const risky = Object.entries(args).some(
    ([, value]) => typeof value === 'string' && RAW_CDATA_SHAPE.test(value),
  )
  if (!risky) return args
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === 'string' && RAW_CDATA_SHAPE.test(value) ? asCdata(value) : value,
    ]),
  )
}
