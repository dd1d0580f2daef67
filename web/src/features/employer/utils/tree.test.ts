import { describe, expect, it } from 'vitest'
import { buildAcmeTree } from '../../../testing/data-generators.ts'
import { findSite, flattenTree, pathTo, totalsOf, visibleSites } from './tree.ts'

describe('the employer tree', () => {
  const tree = buildAcmeTree()

  it('flattens depth first with levels and parents', () => {
    expect(flattenTree(tree).map((s) => [s.node.id, s.level, s.parentId])).toEqual([
      ['101', 1, null],
      ['102', 2, '101'],
      ['103', 2, '101'],
      ['104', 3, '103'],
    ])
  })

  it('shows the children of open sites only', () => {
    expect(visibleSites(tree, new Set(['101'])).map((s) => s.node.id)).toEqual([
      '101',
      '102',
      '103',
    ])
    expect(visibleSites(tree, new Set()).map((s) => s.node.id)).toEqual(['101'])
  })

  it('finds a site and the way down to it', () => {
    expect(findSite(tree, '104')?.name).toBe('Acme Maitland Depot')
    expect(findSite(tree, '999')).toBeUndefined()
    expect(pathTo(tree, '104')).toEqual(['101', '103', '104'])
    expect(pathTo(tree, '999')).toEqual([])
  })

  it('adds up a site and the sites under it (each counts only its own)', () => {
    expect(totalsOf(tree)).toEqual({ trainees: 6, employees: 14 })
    const newcastle = findSite(tree, '103')
    expect(newcastle && totalsOf(newcastle)).toEqual({ trainees: 3, employees: 5 })
  })
})
