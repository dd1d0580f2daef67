/**
 * @module
 * The RTO's primary colour and the palette the SPA's `brand-*` shades take from it, kept legible:
 * WCAG 2.x contrast is computed for every pair the SPA draws (white text on the primary colour,
 * the dark scheme's near-black text on its light shade), and a colour that fails AA (4.5:1) is
 * darkened (or the light shade lightened) until it passes.
 */

/** AA for normal text. */
export const AA_CONTRAST = 4.5

/** The text colours the SPA draws on brand colours: white, and Tailwind's slate-950 (dark scheme). */
const WHITE = '#ffffff'
const DARK_TEXT = '#020617'

type Rgb = [number, number, number]

const HEX = /^#([0-9a-f]{6})$/i

export function isHexColour(value: string): boolean {
  return HEX.test(value)
}

function toRgb(hex: string): Rgb {
  const digits = HEX.exec(hex)?.[1]
  if (!digits) throw new Error(`Not a #rrggbb colour: ${hex}`)
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16)) as Rgb
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`
}

/** WCAG 2.x relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** `from` moved `amount` (0 to 1) of the way towards `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = toRgb(from)
  const b = toRgb(to)
  return toHex(a.map((channel, i) => channel + ((b[i] ?? 0) - channel) * amount) as Rgb)
}

/** `colour` moved towards `towards` in small steps until `passes`; unchanged when it already does. */
function until(colour: string, towards: string, passes: (candidate: string) => boolean): string {
  for (let step = 0; step <= 50; step++) {
    const candidate = mix(colour, towards, step / 50)
    if (passes(candidate)) return candidate
  }
  return towards
}

/** The shades the SPA's Tailwind theme names `brand-*`. */
export type BrandShade = '50' | '100' | '200' | '300' | '600' | '700' | '800' | '900'

export interface BrandPalette {
  /** The colour used behind white text (`brand-700`): the configured one, or darkened. */
  primary: string
  /** Whether the configured colour had to be changed to reach AA. */
  adjusted: boolean
  shades: Record<BrandShade, string>
}

/**
 * The palette for `configured` (`#rrggbb`): it is `brand-700`, behind white text, so it must reach
 * AA against white; if not, it is darkened until it does (`adjusted`). `brand-300`, behind the dark
 * scheme's near-black text, is lightened until it reaches AA against it.
 */
export function brandPalette(configured: string): BrandPalette {
  const onWhite = (colour: string) => contrastRatio(colour, WHITE) >= AA_CONTRAST
  const primary = until(configured.toLowerCase(), '#000000', onWhite)
  const light = until(
    mix(primary, WHITE, 0.55),
    WHITE,
    (c) => contrastRatio(c, DARK_TEXT) >= AA_CONTRAST,
  )
  return {
    primary,
    adjusted: primary !== configured.toLowerCase(),
    shades: {
      '50': mix(primary, WHITE, 0.95),
      '100': mix(primary, WHITE, 0.88),
      '200': mix(light, WHITE, 0.45),
      '300': light,
      '600': mix(primary, WHITE, 0.12),
      '700': primary,
      '800': mix(primary, '#000000', 0.2),
      '900': mix(primary, '#000000', 0.4),
    },
  }
}

/** The stylesheet that gives the SPA's theme these shades (unlayered, so it wins over the theme). */
export function paletteCss(palette: BrandPalette): string {
  const lines = Object.entries(palette.shades).map(
    ([shade, colour]) => `  --color-brand-${shade}: ${colour};`,
  )
  return `:root {\n${lines.join('\n')}\n}\n`
}
