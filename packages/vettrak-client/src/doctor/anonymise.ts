/**
 * @module
 * Anonymises recorded SOAP envelopes so an RTO can share them. Only the text of leaf elements
 * changes: element names, their order, attributes (`xsi:nil`), whitespace and empty or absent
 * elements stay byte for byte. Each distinct real value gets one fake, the same in every envelope
 * of a recording, so links between records (a client code in two answers) survive.
 *
 * Personal by default: any text is replaced unless it is a number, a boolean or a date of an
 * element that is not personal, or the element is one of the few catalogue members kept for what
 * they teach about a server (qualification and unit codes, status words). A fake keeps the shape
 * of the real value: letters stay letters of the same case, digits stay digits, punctuation and
 * XML entities stay as they are; a date of birth becomes another valid date.
 */

/** Catalogue and status members: the same for every learner, and what a shape question is about. */
const KEPT_MEMBERS = new Set([
  'Status',
  'StatusType',
  'TokenType',
  'Qual_Code',
  'Qual_Name',
  'Unit_Code',
  'Unit_Name',
  'Loca_Code',
  'Prog_Code',
  'Prog_Name',
  'Emty_Code',
  'Anzs_Code',
  'Result',
  'ResultCode',
  'EventType',
  'DeliveryType',
  'ContractType',
  'ContractTypeCode',
  'EnrolmentType',
  'EnrolmentTypeCode',
  'PaymentStatus',
  'InvoiceeType',
  'Awty_Type',
  'AwardTypeName',
  'AwardTypeCode',
  'Stat_RShortName',
  'Stat_PShortName',
  'StateShortName',
])

/** Numbers under these names are personal (phones, postcodes, client codes, USIs, ABNs). */
const PERSONAL_NUMBER =
  /phone|fax|mobile|pcode|postcode|code|usi|passport|visa|abn|acn|identifier|username|name|email|token/i
const BIRTH = /dob|birth/i
const NUMBER = /^-?\d+(\.\d+)?$/
const BOOLEAN = /^(true|false)$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/
const ENTITY = /(&[#\w]+;)/

/** A leaf element with text: its qualified name, its attributes, its text. */
export const LEAF_ELEMENT = /<((?:[\w.-]+:)?[\w.-]+)(\s[^<>]*)?>([^<]+)<\/\1>/g

/** Anonymises the envelopes of one recording; the same real value always gets the same fake. */
export function createAnonymiser() {
  const fakes = new Map<string, string>()
  const used = new Set<string>()

  const fakeFor = (name: string, text: string): string => {
    const key = `${BIRTH.test(name) ? 'birth' : name === 'Token' ? 'token' : 'text'}\u0000${text}`
    const known = fakes.get(key)
    if (known !== undefined) return known
    let fake = text
    for (let attempt = 0; fake === text || used.has(fake); attempt += 1) {
      const random = prng(fakes.size * 7919 + attempt + 1)
      fake = BIRTH.test(name)
        ? fakeDate(text, random)
        : name === 'Token'
          ? fakeToken(text, random)
          : scramble(text, random)
      if (attempt > 20) break
    }
    fakes.set(key, fake)
    used.add(fake)
    return fake
  }

  const replacement = (name: string, text: string): string => {
    const local = name.slice(name.indexOf(':') + 1)
    if (text.trim() === '') return text
    if (KEPT_MEMBERS.has(local)) return text
    if (BOOLEAN.test(text)) return text
    if (DATE.test(text) && !BIRTH.test(local)) return text
    if (NUMBER.test(text) && !PERSONAL_NUMBER.test(local)) return text
    return fakeFor(local, text)
  }

  return {
    /** The envelope with every personal value replaced; everything else byte for byte. */
    envelope(xml: string): string {
      return xml.replace(
        LEAF_ELEMENT,
        (_whole, name: string, attributes: string | undefined, text: string) =>
          `<${name}${attributes ?? ''}>${replacement(name, text)}</${name}>`,
      )
    },
  }
}

/** The structure of an envelope: every leaf's text removed. Equal for an envelope and its fake. */
export function envelopeStructure(xml: string): string {
  return xml.replace(
    LEAF_ELEMENT,
    (_whole, name: string, attributes: string | undefined) =>
      `<${name}${attributes ?? ''}></${name}>`,
  )
}

/** Letters to letters of the same case, digits to digits; punctuation and entities kept. */
function scramble(text: string, random: () => number): string {
  return text
    .split(ENTITY)
    .map((part) =>
      ENTITY.test(part)
        ? part
        : part.replace(/[A-Za-z0-9]/g, (char) => {
            const pick = (alphabet: string) =>
              alphabet[Math.floor(random() * alphabet.length)] ?? char
            if (/[0-9]/.test(char)) return pick('0123456789')
            return /[A-Z]/.test(char)
              ? pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
              : pick('abcdefghijklmnopqrstuvwxyz')
          }),
    )
    .join('')
}

/** A token of the same length (as VETtrak sends it, unescaped) made of letters and digits. */
function fakeToken(text: string, random: () => number): string {
  const length = text.replace(/&[#\w]+;/g, '_').length
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
}

/** Another valid date, the time of day and any zone suffix kept as written. */
function fakeDate(text: string, random: () => number): string {
  const match = DATE.exec(text)
  if (!match) return scramble(text, random)
  const year = 1950 + Math.floor(random() * 55)
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${year}-${pad(month)}-${pad(day)}${match[4] ?? ''}`
}

/** mulberry32: a small seeded generator, so a recording's fakes are reproducible. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
