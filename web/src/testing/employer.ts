import { vi } from 'vitest'
import { buildSession } from './data-generators.ts'

/** A contact of one employer, Acme (101), which is active. */
export const acmeContact = () =>
  buildSession({
    employers: [{ id: '101', name: 'Acme Training Services', isPrimaryContact: true }],
    activeEmployerId: '101',
  })

/**
 * Gives jsdom a layout for the virtualised table: a 600 px tall scroll box, 53 px rows, and a
 * `scrollTo` that scrolls (jsdom lays nothing out).
 */
export function fakeLayout({ viewport = 600, row = 53 } = {}) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(viewport)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(row)
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(10_000_000)
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: unknown) {
    const top = (options as { top?: number } | undefined)?.top ?? 0
    Object.defineProperty(this, 'scrollTop', { value: top, configurable: true, writable: true })
    this.dispatchEvent(new Event('scroll'))
  }
}
