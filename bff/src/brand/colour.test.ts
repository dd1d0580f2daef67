import { describe, expect, it } from 'vitest'
import { AA_CONTRAST, brandPalette, contrastRatio, mix, paletteCss } from './colour.ts'

describe('contrastRatio', () => {
  it('is WCAG 2.x: 21 for black on white, 1 for a colour on itself, ~4.48 for #777 on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#0f766e', '#0f766e')).toBe(1)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'))
  })
})

describe('brandPalette', () => {
  it('keeps a colour that already reaches AA against white text', () => {
    const palette = brandPalette('#0F766E')
    expect(palette).toMatchObject({ primary: '#0f766e', adjusted: false })
    expect(palette.shades['700']).toBe('#0f766e')
  })

  it.each(['#ffcc00', '#22c55e', '#ffffff', '#7dd3fc'])(
    'darkens %s until white text on it reaches AA, and says so',
    (configured) => {
      const palette = brandPalette(configured)
      expect(palette.adjusted).toBe(true)
      expect(contrastRatio(palette.primary, '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST)
      // No darker than it needs to be: one step lighter would fail.
      expect(contrastRatio(mix(palette.primary, configured, 0.1), '#ffffff')).toBeLessThan(
        AA_CONTRAST + 0.5,
      )
    },
  )

  it.each(['#0f766e', '#1d4ed8', '#7c2d12', '#000000', '#ffcc00'])(
    'gives %s shades legible in both schemes',
    (configured) => {
      const { shades } = brandPalette(configured)
      for (const shade of ['700', '800', '900'] as const)
        expect(contrastRatio(shades[shade], '#ffffff')).toBeGreaterThanOrEqual(AA_CONTRAST)
      // The dark scheme: near-black text on brand-300, brand-200 text on slate-950.
      expect(contrastRatio(shades['300'], '#020617')).toBeGreaterThanOrEqual(AA_CONTRAST)
      expect(contrastRatio(shades['200'], '#020617')).toBeGreaterThanOrEqual(AA_CONTRAST)
      // brand-800 text on brand-50.
      expect(contrastRatio(shades['800'], shades['50'])).toBeGreaterThanOrEqual(AA_CONTRAST)
      // The focus ring (brand-600) is a 3:1 non-text contrast on white.
      expect(contrastRatio(shades['600'], '#ffffff')).toBeGreaterThanOrEqual(3)
    },
  )

  it('is written as CSS custom properties for the Tailwind theme', () => {
    const css = paletteCss(brandPalette('#1d4ed8'))
    expect(css).toMatch(/^:root \{\n/)
    expect(css).toContain('  --color-brand-700: #1d4ed8;\n')
    expect(css.match(/--color-brand-\d+: #[0-9a-f]{6};/g)).toHaveLength(8)
  })
})
