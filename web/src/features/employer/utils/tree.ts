import type { EmployerSiteNode, EmployerTreeNode } from '@vettrak-portal/contracts'

/** A tree of sites, with or without their counts. */
type SiteTree<Node> = EmployerSiteNode & { children: Node[] }

/** A site of the tree with where it sits: its depth (1 at the root) and its parent. */
export interface FlatSite<Node = EmployerTreeNode> {
  node: Node
  level: number
  parentId: string | null
}

/** Every site, depth first, in the order the tree shows them fully expanded. */
export function flattenTree<Node extends SiteTree<Node>>(root: Node): FlatSite<Node>[] {
  const sites: FlatSite<Node>[] = []
  const visit = (node: Node, level: number, parentId: string | null) => {
    sites.push({ node, level, parentId })
    for (const child of node.children) visit(child, level + 1, node.id)
  }
  visit(root, 1, null)
  return sites
}

/** The sites a reader can see: the children of collapsed sites are left out. */
export function visibleSites(root: EmployerTreeNode, expanded: ReadonlySet<string>): FlatSite[] {
  const sites: FlatSite[] = []
  const visit = (node: EmployerTreeNode, level: number, parentId: string | null) => {
    sites.push({ node, level, parentId })
    if (expanded.has(node.id)) for (const child of node.children) visit(child, level + 1, node.id)
  }
  visit(root, 1, null)
  return sites
}

/** The site with this id, or undefined. */
export function findSite<Node extends SiteTree<Node>>(root: Node, id: string): Node | undefined {
  if (root.id === id) return root
  for (const child of root.children) {
    const found = findSite(child, id)
    if (found) return found
  }
  return undefined
}

/** The ids from the root down to the site with this id (both included), or [] if absent. */
export function pathTo(root: EmployerTreeNode, id: string): string[] {
  if (root.id === id) return [root.id]
  for (const child of root.children) {
    const below = pathTo(child, id)
    if (below.length > 0) return [root.id, ...below]
  }
  return []
}

/** Trainees and employees of a site and all the sites under it (the tree counts each its own). */
export function totalsOf(node: EmployerTreeNode): { trainees: number; employees: number } {
  return node.children.reduce(
    (sum, child) => {
      const below = totalsOf(child)
      return {
        trainees: sum.trainees + below.trainees,
        employees: sum.employees + below.employees,
      }
    },
    { trainees: node.traineeCount, employees: node.employeeCount },
  )
}
