/**
 * Run with tsx by the global setup: starts the stack, prints one JSON line with its URLs, and stops
 * it on SIGTERM. A separate process keeps Playwright's own loader away from our TypeScript.
 */
import { startE2eStack } from './stack.ts'

const stack = await startE2eStack()
process.stdout.write(`${JSON.stringify({ baseUrl: stack.baseUrl, simUrl: stack.simUrl })}\n`)
const stop = () => void stack.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
