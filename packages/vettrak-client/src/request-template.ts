/**
 * @module
 * Request envelopes written by soap once per operation and shape of arguments (which are set,
 * which are null, which are left out), then filled in per call. soap writes the envelope with a
 * placeholder in place of each value; every value becomes text the way soap writes it (its own
 * `xmlEscape`, then string conversion), so a filled-in template is the envelope soap would write
 * for those values: same elements, order, namespaces and headers.
 */
import { xmlEscape } from 'soap/lib/utils.js'

/** The request soap's HTTP client would send (the part of it that is not per call). */
export interface BuiltRequest {
  url: string
  method: string
  headers: Record<string, string | number>
  data?: unknown
}

/** One operation's request for one shape of arguments. */
export interface RequestTemplate {
  request: { url: URL; method: string; headers: Record<string, string | number> }
  /** The envelope for `args` (of the shape the template was made for). */
  render(args: Record<string, unknown>): string
}

/** Private-use characters: no XML escaping touches them and no envelope of ours holds them. */
const OPEN = '\uE000'
const CLOSE = '\uE001'
const PLACEHOLDER = /\uE000(\d+)\uE001/

/** Shapes kept; a client calls a few dozen operations in one or two shapes each. */
const MAX_TEMPLATES = 512

/** The key of a call's shape: the operation, and each argument's name and whether it has a value. */
function shapeOf(operation: string, args: Record<string, unknown>): string {
  let key = operation
  for (const name in args) {
    const value = args[name]
    key += value === undefined ? `\n${name}=u` : value === null ? `\n${name}=n` : `\n${name}=v`
  }
  return key
}

/**
 * Makes a template from what soap writes for placeholder values; undefined when the envelope does
 * not hold each placeholder exactly once (soap dropped, repeated or transformed a value).
 */
async function makeTemplate(
  args: Record<string, unknown>,
  build: (args: Record<string, unknown>) => Promise<BuiltRequest>,
): Promise<RequestTemplate | undefined> {
  const names: string[] = []
  const placeholders: Record<string, unknown> = {}
  for (const name in args) {
    const value = args[name]
    if (value === undefined || value === null) placeholders[name] = value
    else placeholders[name] = `${OPEN}${names.push(name) - 1}${CLOSE}`
  }
  const built = await build(placeholders)
  if (typeof built.data !== 'string') return undefined
  const pieces = built.data.split(PLACEHOLDER)
  const texts: string[] = []
  const slots: string[] = []
  const seen = new Set<number>()
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? ''
    if (i % 2 === 0) {
      if (piece.includes(OPEN) || piece.includes(CLOSE)) return undefined
      texts.push(piece)
      continue
    }
    const index = Number(piece)
    const name = names[index]
    if (name === undefined || seen.has(index)) return undefined
    seen.add(index)
    slots.push(name)
  }
  if (seen.size !== names.length) return undefined
  const { url, method, headers } = built
  return {
    request: { url: new URL(url), method, headers },
    render(values) {
      let xml = texts[0] ?? ''
      for (let i = 0; i < slots.length; i++)
        xml += String(xmlEscape(values[slots[i] ?? ''])) + (texts[i + 1] ?? '')
      return xml
    },
  }
}

/** A bounded cache of templates by operation and shape. */
export function createRequestTemplates() {
  const templates = new Map<string, RequestTemplate | undefined>()

  const make = async (
    key: string,
    args: Record<string, unknown>,
    build: (args: Record<string, unknown>) => Promise<BuiltRequest>,
  ): Promise<RequestTemplate | undefined> => {
    let template: RequestTemplate | undefined
    try {
      template = await makeTemplate(args, build)
    } catch {
      return undefined
    }
    if (templates.size >= MAX_TEMPLATES) templates.clear()
    templates.set(key, template)
    return template
  }

  return {
    /**
     * The template for `args`' shape, made with `build` (soap writing without sending) the first
     * time; undefined when soap's envelope cannot be a template or soap cannot write it (the call
     * then goes through soap, which fails or succeeds as it always did). Once made, it is given
     * back at once (not a promise).
     */
    get(
      operation: string,
      args: Record<string, unknown>,
      build: (args: Record<string, unknown>) => Promise<BuiltRequest>,
    ): RequestTemplate | undefined | Promise<RequestTemplate | undefined> {
      const key = shapeOf(operation, args)
      if (templates.has(key)) return templates.get(key)
      return make(key, args, build)
    },
  }
}
