/**
 * @module
 * The RTO's brand, from the `BRAND_*` settings: its name, logo, favicon, primary colour, support
 * email and phone and privacy-policy link. The logo and favicon are read once at start and served
 * from the portal's own origin (`/brand/logo`, `/brand/favicon`), like the colours
 * (`/brand/theme.css`), so the Content-Security-Policy stays `'self'` only.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import type { Brand as BrandMeta } from '@vettrak-portal/contracts'
import { ConfigError, DEFAULT_PRIMARY_COLOUR, type BrandSettings } from '../env.ts'
import { brandPalette, paletteCss, type BrandPalette } from './colour.ts'

/** An image served as is. */
export interface BrandImage {
  body: Uint8Array
  contentType: string
}

export interface Brand {
  meta: BrandMeta
  palette: BrandPalette
  css: string
  logo: BrandImage | undefined
  favicon: BrandImage | undefined
}

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
}

/** Larger than any sensible logo: a mistaken path to something else is refused. */
const MAX_IMAGE_BYTES = 1024 * 1024

function readImage(setting: string, path: string | undefined): BrandImage | undefined {
  if (!path) return undefined
  const contentType = IMAGE_TYPES[extname(path).toLowerCase()]
  if (!contentType)
    throw new ConfigError(
      `Invalid configuration:\n  ${setting}: ${path} is not an .svg, .png, .webp, .jpg or .ico file`,
    )
  try {
    if (statSync(path).size > MAX_IMAGE_BYTES)
      throw new ConfigError(`Invalid configuration:\n  ${setting}: ${path} is larger than 1 MB`)
    return { body: readFileSync(path), contentType }
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`Invalid configuration:\n  ${setting}: ${path} cannot be read`, {
      cause: error,
    })
  }
}

/** The brand the settings describe; throws `ConfigError` for a logo or favicon it cannot use. */
export function loadBrand(settings: BrandSettings): Brand {
  const palette = brandPalette(settings.primaryColour)
  const logo = readImage('BRAND_LOGO_FILE', settings.logoFile)
  const favicon = readImage('BRAND_FAVICON_FILE', settings.faviconFile)
  return {
    meta: {
      name: settings.name,
      primaryColour: palette.primary,
      ...(logo && { logoUrl: '/brand/logo' }),
      ...(favicon && { faviconUrl: '/brand/favicon' }),
      ...(settings.supportEmail && { supportEmail: settings.supportEmail }),
      ...(settings.supportPhone && { supportPhone: settings.supportPhone }),
      ...(settings.abn && { abn: settings.abn }),
      ...(settings.privacyPolicyUrl && { privacyPolicyUrl: settings.privacyPolicyUrl }),
    },
    palette,
    // The portal's own colour keeps the SPA's hand-tuned palette: nothing to override.
    css:
      settings.primaryColour.toLowerCase() === DEFAULT_PRIMARY_COLOUR
        ? "/* The portal's own colours. */\n"
        : paletteCss(palette),
    logo,
    favicon,
  }
}
