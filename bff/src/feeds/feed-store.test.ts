import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileFeedStore, feedFileName, type FeedRecord } from './feed-store.ts'

const feed = (id: string, overrides: Partial<FeedRecord> = {}): FeedRecord => ({
  id,
  owner: 'LRN0001',
  kind: 'learner',
  createdAt: 1_790_000_000,
  ...overrides,
})

describe('the DATA_DIR feed store', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vtp-feed-store-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('keeps feeds across a reopen, replaces the same calendar, and leaves no temporary file', async () => {
    const store = await createFileFeedStore(dir)
    await store.put(feed('a'), 'hash-a')
    await store.put(feed('e', { kind: 'employer', employerId: '1001' }), 'hash-e')
    await store.put(feed('b'), 'hash-b')
    expect(await store.find('hash-a')).toBeUndefined()

    const reopened = await createFileFeedStore(dir)
    expect((await reopened.list('LRN0001')).map((f) => f.id).sort()).toEqual(['b', 'e'])
    expect(await reopened.find('hash-b')).toEqual(feed('b'))
    expect(await reopened.revoke('someone-else', 'b')).toBe(false)
    expect(await reopened.revoke('LRN0001', 'b')).toBe(true)
    expect(await (await createFileFeedStore(dir)).find('hash-b')).toBeUndefined()
    expect(await readdir(dir)).toEqual([feedFileName])
  })

  it('refuses to start on a file it cannot read as a feed list, rather than silently stop every feed', async () => {
    await writeFile(join(dir, feedFileName), '{"version":1,"feeds":[{"id":')
    await expect(createFileFeedStore(dir)).rejects.toThrow(/is not a calendar feed list/)
  })
})
