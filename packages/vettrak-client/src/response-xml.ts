/**
 * @module
 * A small, strict reader of SOAP answers, used instead of the `soap` package's parser for answers
 * that arrive with HTTP 2xx (soap still builds every request from the WSDL). It produces the shape
 * the normaliser reads: an element with children is an object of its children by local name (a
 * repeated name becomes an array), a leaf is its text exactly as sent (entities decoded, spaces
 * kept), and an element with `xsi:nil="true"` is `null`. Types come later, from vettrak-api's
 * tables, in `normalise.ts`.
 *
 * Why: soap turns a 3.3 MB answer (5,000 trainees) into objects in ~300 ms of blocked event loop;
 * this does the same in a fraction of it (see docs/benchmarks.md). It is strict where it matters:
 * mismatched or unclosed tags (a body cut off mid-way), stray `&`, unknown entities and DTDs are
 * `XmlSyntaxError`s, never a half-read answer.
 */

/** The text is not well-formed XML (or uses a feature a SOAP answer never needs, such as a DTD). */
export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError'
}

/** A parsed element: its children by local name, or its text, or `null` when `xsi:nil`. */
export type XmlValue = XmlRecord | string | null
export interface XmlRecord {
  [name: string]: XmlValue | XmlValue[]
}

interface Frame {
  /** The qualified name, as the end tag must repeat it. */
  name: string
  local: string
  children: XmlRecord | undefined
  text: string
  nil: boolean
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const BANG = 0x21
const QUESTION = 0x3f

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));|&/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** `raw` with its entity and character references decoded; a bare `&` is an error. */
function decode(raw: string): string {
  if (raw.indexOf('&') === -1) return raw
  return raw.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole
    const code =
      hex !== undefined ? parseInt(hex, 16) : dec !== undefined ? parseInt(dec, 10) : Number.NaN
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
      throw new XmlSyntaxError('a stray "&" or an invalid character reference')
    return String.fromCodePoint(code)
  })
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

function append(parent: Frame, local: string, value: XmlValue) {
  const children = (parent.children ??= {})
  const existing = children[local]
  if (existing === undefined) children[local] = value
  else if (Array.isArray(existing)) existing.push(value)
  else children[local] = [existing, value]
}

function close(frame: Frame, parent: Frame) {
  let value: XmlValue
  if (frame.nil) value = null
  else if (frame.children) {
    value = frame.children
    if (!isBlank(frame.text)) value.$value = frame.text
  } else value = frame.text
  append(parent, frame.local, value)
}

interface StartTagEnd {
  end: number
  empty: boolean
  nil: boolean
}

/** Reads a start tag's attributes from `at` (just after the name); returns where the tag ends. */
function readAttributes(xml: string, at: number): StartTagEnd {
  let i = at
  let nil = false
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++
    const code = xml.charCodeAt(i)
    if (code === GT) return { end: i + 1, empty: false, nil }
    if (code === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) throw new XmlSyntaxError('"/" inside a start tag')
      return { end: i + 2, empty: true, nil }
    }
    if (Number.isNaN(code)) throw new XmlSyntaxError('the text ends inside a start tag')
    const equals = xml.indexOf('=', i)
    if (equals === -1) throw new XmlSyntaxError('an attribute without a value')
    const name = xml.slice(i, equals).trim()
    if (name === '' || /[\s<>/"']/.test(name)) throw new XmlSyntaxError('a malformed attribute')
    let q = equals + 1
    while (q < xml.length && isSpace(xml.charCodeAt(q))) q++
    const quote = xml[q]
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError('an unquoted attribute value')
    const closing = xml.indexOf(quote, q + 1)
    if (closing === -1) throw new XmlSyntaxError('the text ends inside an attribute value')
    const value = xml.slice(q + 1, closing)
    if (value.indexOf('<') !== -1) throw new XmlSyntaxError('"<" in an attribute value')
    if (localName(name) === 'nil' && (value === 'true' || value === '1')) nil = true
    i = closing + 1
    const next = xml.charCodeAt(i)
    if (!isSpace(next) && next !== GT && next !== SLASH)
      throw new XmlSyntaxError('attributes must be separated by white space')
  }
}

/** Parses a whole document; the result has its one root element by local name. */
export function parseResponseXml(xml: string): XmlRecord {
  const root: Frame = { name: '', local: '', children: undefined, text: '', nil: false }
  const stack: Frame[] = [root]
  let top = root
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0
  let roots = 0
  for (;;) {
    const lt = xml.indexOf('<', pos)
    const textEnd = lt === -1 ? xml.length : lt
    if (textEnd > pos) {
      const raw = xml.slice(pos, textEnd)
      if (top === root) {
        if (!isBlank(raw)) throw new XmlSyntaxError('text outside the root element')
      } else top.text += decode(raw)
    }
    if (lt === -1) break
    const next = xml.charCodeAt(lt + 1)
    if (next === SLASH) {
      const gt = xml.indexOf('>', lt)
      if (gt === -1) throw new XmlSyntaxError('the text ends inside an end tag')
      const name = xml.slice(lt + 2, gt).trimEnd()
      if (top === root || name !== top.name)
        throw new XmlSyntaxError(`end tag </${name}> does not match <${top.name}>`)
      stack.pop()
      const parent = stack[stack.length - 1] ?? root
      close(top, parent)
      top = parent
      pos = gt + 1
    } else if (next === QUESTION) {
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) throw new XmlSyntaxError('an unclosed processing instruction')
      pos = end + 2
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4)
        if (end === -1) throw new XmlSyntaxError('an unclosed comment')
        pos = end + 3
      } else if (xml.startsWith('<![CDATA[', lt) && top !== root) {
        const end = xml.indexOf(']]>', lt + 9)
        if (end === -1) throw new XmlSyntaxError('an unclosed CDATA section')
        top.text += xml.slice(lt + 9, end)
        pos = end + 3
      } else throw new XmlSyntaxError('a DTD or other markup a SOAP answer never has')
    } else {
      let i = lt + 1
      while (i < xml.length) {
        const code = xml.charCodeAt(i)
        if (code === GT || code === SLASH || isSpace(code)) break
        if (code === LT) throw new XmlSyntaxError('"<" inside a tag name')
        i++
      }
      const name = xml.slice(lt + 1, i)
      if (name === '') throw new XmlSyntaxError('a tag without a name')
      if (top === root && roots++ > 0) throw new XmlSyntaxError('more than one root element')
      const tag =
        xml.charCodeAt(i) === GT ? { end: i + 1, empty: false, nil: false } : readAttributes(xml, i)
      const { end } = tag
      // Fast path for the common leaf `<Name>text</Name>`: no frame, no concatenation.
      if (!tag.empty && !tag.nil && top !== root) {
        const next = xml.indexOf('<', end)
        if (
          next !== -1 &&
          xml.charCodeAt(next + 1) === SLASH &&
          xml.charCodeAt(next + 2 + name.length) === GT &&
          xml.startsWith(name, next + 2)
        ) {
          append(top, localName(name), decode(xml.slice(end, next)))
          pos = next + 3 + name.length
          continue
        }
      }
      const frame: Frame = {
        name,
        local: localName(name),
        children: undefined,
        text: '',
        nil: tag.nil,
      }
      if (tag.empty) close(frame, top)
      else {
        stack.push(frame)
        top = frame
      }
      pos = end
    }
  }
  if (top !== root) throw new XmlSyntaxError(`the text ends inside <${top.name}>`)
  if (!root.children) throw new XmlSyntaxError('no root element')
  return root.children
}

/**
 * The `<operation>Response` element of a SOAP 1.1 answer, or `undefined` when the text is not such
 * an answer (a fault, an HTML page, another operation's answer): the caller then lets soap judge it.
 */
export function readOperationResponse(xml: string, operation: string): XmlValue | undefined {
  let document
  try {
    document = parseResponseXml(xml)
  } catch (error) {
    if (error instanceof XmlSyntaxError) return undefined
    throw error
  }
  const envelope = document.Envelope
  if (!isRecord(envelope)) return undefined
  const body = envelope.Body
  if (!isRecord(body)) return undefined
  const response = body[`${operation}Response`]
  return response === undefined || Array.isArray(response) ? undefined : response
}

const isRecord = (value: unknown): value is XmlRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
