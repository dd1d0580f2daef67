/**
 * A jsdom test environment that uses web's own jsdom 26. Vitest's built-in one imports the newest
 * jsdom it can find, whose undici needs Node 22; this repository runs on Node 20.
 */
import { JSDOM } from 'jsdom'
import type { Environment } from 'vitest/environments'
import { populateGlobal } from 'vitest/environments'

export default {
  name: 'jsdom',
  viteEnvironment: 'client',
  setup(global: Record<string, unknown>) {
    // Node's fetch, Request and abort signals must stay together: react-router builds a Request
    // with an AbortSignal, and undici accepts only its own.
    const node = {
      AbortController: globalThis.AbortController,
      AbortSignal: globalThis.AbortSignal,
      Request: globalThis.Request,
      Response: globalThis.Response,
      Headers: globalThis.Headers,
      fetch: globalThis.fetch,
    }
    const dom = new JSDOM('<!DOCTYPE html>', {
      url: 'http://localhost:3000/',
      pretendToBeVisual: true,
    })
    const { keys, originals } = populateGlobal(global, dom.window, { bindFunctions: true })
    Object.assign(global, node)
    return {
      teardown(target: Record<string, unknown>) {
        dom.window.close()
        keys.forEach((key) => delete target[key])
        originals.forEach((value, key) => Reflect.set(target, key, value))
      },
    }
  },
} satisfies Environment
