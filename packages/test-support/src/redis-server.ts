/**
 * Debian's real `redis-server` for tests, on a free loopback port, persisting nothing. It can be
 * stopped and started again on the same port (Redis going away mid-run, and coming back).
 * Absent Redis, `redisMissing` says so; under CI that is a failure, never a skip.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { freePort } from './free-port.ts'

export const REDIS_SERVER = '/usr/bin/redis-server'
export const redisMissing = !existsSync(REDIS_SERVER)

/** Throws under CI when Redis is missing; otherwise warns that `what` is skipped. */
export function requireRedisInCi(what: string) {
  if (redisMissing && process.env.CI)
    throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run does)')
  if (redisMissing) console.warn(`${what} skipped: redis-server is not installed`)
}

/** Starts `redis-server` on a free loopback port; `stop` and `start` it again on the same port. */
export async function startRedis() {
  const port = await freePort()
  let child: ChildProcess | undefined

  // Redis on its own clock: libfaketime (the clock-ahead run) breaks its allocator, and every
  // expiry the portal sets is relative, so the server's clock never decides anything here.
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...env } = process.env

  async function start() {
    const server = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'], env },
    )
    child = server
    let log = ''
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString()
        if (log.includes('Ready to accept connections')) resolve()
      })
      server.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${log}`)))
    })
  }

  async function stop() {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await exited
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers. */
  const freeze = () => child?.kill('SIGSTOP')
  const thaw = () => child?.kill('SIGCONT')

  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, freeze, thaw }
}

export type RedisServer = Awaited<ReturnType<typeof startRedis>>
