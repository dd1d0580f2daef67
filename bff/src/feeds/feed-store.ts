/**
 * @module
 * Calendar feeds: who subscribed to what, found by the hash of the feed's secret token (the token
 * itself is never stored). Revoking deletes the entry, so the next fetch is refused. Kept where it
 * outlives the process: the shared store when `REDIS_URL` is set (every instance sees a revocation
 * at once), else one JSON file under `DATA_DIR` (one instance), never only in memory.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { KEY_PREFIX, type SharedStore } from '../store/shared-store.ts'

export const FeedRecordSchema = z.object({
  id: z.string(),
  /** The client code of the person who made it: the one whose events (or employer) it shows. */
  owner: z.string(),
  kind: z.enum(['learner', 'employer']),
  /** For an employer feed, the employer it shows. */
  employerId: z.string().optional(),
  employerName: z.string().optional(),
  /** Epoch seconds. */
  createdAt: z.number(),
})
export type FeedRecord = z.infer<typeof FeedRecordSchema>

const StoredFeedSchema = FeedRecordSchema.extend({ tokenHash: z.string() })
type StoredFeed = z.infer<typeof StoredFeedSchema>

export interface FeedStore {
  /**
   * Stores `record` under `tokenHash`. The owner's feed of the same kind (and employer) is revoked
   * in the same step: a new URL replaces the old one.
   */
  put(record: FeedRecord, tokenHash: string): Promise<void>
  /** The owner's feeds, oldest first. */
  list(owner: string): Promise<FeedRecord[]>
  /** Revokes the owner's feed `id`; false when they have none by that id. */
  revoke(owner: string, id: string): Promise<boolean>
  /** The feed whose token hashes to `tokenHash`, unless revoked. */
  find(tokenHash: string): Promise<FeedRecord | undefined>
}

/** A fresh feed id (not secret: it names the feed on the account page). */
export const newFeedId = () => randomBytes(9).toString('base64url')

const sameTarget = (a: FeedRecord, b: FeedRecord) =>
  a.owner === b.owner && a.kind === b.kind && a.employerId === b.employerId

const withoutHash = ({ tokenHash: _hash, ...record }: StoredFeed): FeedRecord => record

const byAge = (a: FeedRecord, b: FeedRecord) =>
  a.createdAt - b.createdAt || a.id.localeCompare(b.id)

/** Feeds in the shared store: a token key per feed, and a hash of each owner's feeds. */
export function createSharedFeedStore(store: SharedStore): FeedStore {
  const tokenKey = (hash: string) => `${KEY_PREFIX}feed:token:${hash}`
  const ownerKey = (owner: string) => `${KEY_PREFIX}feed:owner:${owner}`

  const ownerFeeds = async (owner: string): Promise<StoredFeed[]> => {
    const fields = await store.run((redis) => redis.hgetall(ownerKey(owner)))
    return Object.values(fields).flatMap((json) => {
      const parsed = StoredFeedSchema.safeParse(JSON.parse(json))
      return parsed.success ? [parsed.data] : []
    })
  }

  return {
    async put(record, tokenHash) {
      const replaced = (await ownerFeeds(record.owner)).filter((feed) => sameTarget(feed, record))
      const stored: StoredFeed = { ...record, tokenHash }
      await store.run((redis) => {
        const multi = redis.multi()
        for (const old of replaced) {
          multi.del(tokenKey(old.tokenHash))
          multi.hdel(ownerKey(record.owner), old.id)
        }
        multi.set(tokenKey(tokenHash), JSON.stringify(record))
        multi.hset(ownerKey(record.owner), record.id, JSON.stringify(stored))
        return multi.exec()
      })
    },
    async list(owner) {
      return (await ownerFeeds(owner)).map(withoutHash).sort(byAge)
    },
    async revoke(owner, id) {
      const json = await store.run((redis) => redis.hget(ownerKey(owner), id))
      if (json === null) return false
      const feed = StoredFeedSchema.parse(JSON.parse(json))
      await store.run((redis) =>
        redis.multi().del(tokenKey(feed.tokenHash)).hdel(ownerKey(owner), id).exec(),
      )
      return true
    },
    async find(tokenHash) {
      const json = await store.run((redis) => redis.get(tokenKey(tokenHash)))
      if (json === null) return undefined
      const parsed = FeedRecordSchema.safeParse(JSON.parse(json))
      return parsed.success ? parsed.data : undefined
    },
  }
}

const FeedFileSchema = z.object({ version: z.literal(1), feeds: z.array(StoredFeedSchema) })

/** The file under `dataDir` that holds the feeds when there is no shared store. */
export const feedFileName = 'calendar-feeds.json'

/**
 * Feeds in `dataDir/calendar-feeds.json`, read once at start and rewritten whole on each change:
 * written to a temporary file, flushed, then renamed over the old one, so a crash leaves either
 * the old list or the new, never half of one. For one instance only (instances do not share it).
 */
export async function createFileFeedStore(dataDir: string): Promise<FeedStore> {
  await mkdir(dataDir, { recursive: true })
  const file = join(dataDir, feedFileName)
  const feeds = new Map<string, StoredFeed>()
  try {
    const parsed = FeedFileSchema.parse(JSON.parse(await readFile(file, 'utf8')))
    for (const feed of parsed.feeds) feeds.set(feed.tokenHash, feed)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`${file} is not a calendar feed list: move it aside or fix it`, {
        cause: error,
      })
  }

  // Changes are written one after another, each with the whole list as it then stands.
  let writing: Promise<void> = Promise.resolve()
  const save = () => {
    const text = JSON.stringify({ version: 1, feeds: [...feeds.values()] })
    const write = async () => {
      const temporary = `${file}.${process.pid}.tmp`
      const handle = await open(temporary, 'w', 0o600)
      try {
        await handle.writeFile(text)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temporary, file)
    }
    writing = writing.then(write, write)
    return writing
  }

  return {
    async put(record, tokenHash) {
      for (const [hash, feed] of feeds) if (sameTarget(feed, record)) feeds.delete(hash)
      feeds.set(tokenHash, { ...record, tokenHash })
      await save()
    },
    list(owner) {
      const mine = [...feeds.values()].filter((feed) => feed.owner === owner)
      return Promise.resolve(mine.map(withoutHash).sort(byAge))
    },
    async revoke(owner, id) {
      const entry = [...feeds.values()].find((feed) => feed.owner === owner && feed.id === id)
      if (!entry) return false
      feeds.delete(entry.tokenHash)
      await save()
      return true
    },
    find(tokenHash) {
      const feed = feeds.get(tokenHash)
      return Promise.resolve(feed && withoutHash(feed))
    },
  }
}
