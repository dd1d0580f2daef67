/**
 * @module
 * Reads a request body up to a limit. A longer body is drained, not kept, so the caller can still
 * answer it; a body far over the limit closes the connection.
 */
import type { IncomingMessage } from 'node:http'

export type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'too-large' }

/** Collects the body of `request`, refusing more than `limit` bytes. */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared > limit
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (size > limit * 8) request.destroy()
      else if (!tooLarge) chunks.push(chunk)
    })
    request.on('end', () =>
      resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', body: Buffer.concat(chunks, size) }),
    )
    request.on('error', reject)
  })
}
