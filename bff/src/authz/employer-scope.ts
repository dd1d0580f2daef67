/**
 * @module
 * The employer rule: which employer's records a signed-in user may read through the service
 * account. Only the active employer (which must be one they are a contact for) and its
 * descendants in the employer tree; never a sibling, an ancestor or another employer they are a
 * contact of but have not chosen.
 */
import { isEmployerId } from '@vettrak-portal/contracts'
import type { EmployerTree } from '@vettrak-portal/vettrak-client'

/** Why the rule said no. */
export type ScopeRefusal = 'no-active-employer' | 'not-a-contact' | 'malformed-id' | 'outside-tree'

/** The rule's answer: the employer to read, or why not. */
export type ScopeDecision =
  { allowed: true; employerId: string } | { allowed: false; reason: ScopeRefusal }

/** What the session holds about the user's employers. */
export interface EmployerSession {
  /** The employers GetEmployersForClient listed the user as a contact for, at sign-in. */
  contactOf: readonly { id: string }[]
  activeEmployerId: string | null
}

/** The active employer's tree as the rule needs it, read from VETtrak a few minutes ago at most. */
export interface ActiveTree {
  rootId: string
  /** The root and all its descendants. */
  allowedIds: ReadonlySet<string>
  /** Whether VETtrak still listed the user as a contact of the root when the tree was read. */
  rootContactConfirmed: boolean
}

const refuse = (reason: ScopeRefusal): ScopeDecision => ({ allowed: false, reason })

/** The active employer, if there is one and the user is still a contact for it. */
export function checkActiveEmployer(session: EmployerSession): ScopeDecision {
  const active = session.activeEmployerId
  if (active === null) return refuse('no-active-employer')
  if (!session.contactOf.some((e) => e.id === active)) return refuse('not-a-contact')
  return { allowed: true, employerId: active }
}

/** Decides the employer to read for a request that may name one (`?employerId=`). */
export function decideEmployerScope(
  session: EmployerSession,
  tree: ActiveTree,
  requestedId: string | undefined,
): ScopeDecision {
  const active = checkActiveEmployer(session)
  if (!active.allowed) return active
  // A tree of some other employer (a stale cache entry, say) vouches for nothing.
  if (tree.rootId !== active.employerId || !tree.allowedIds.has(tree.rootId))
    return refuse('outside-tree')
  // The session's list dates from sign-in; a contact the RTO has since removed loses access.
  if (!tree.rootContactConfirmed) return refuse('not-a-contact')
  if (requestedId === undefined) return active
  if (!isEmployerId(requestedId)) return refuse('malformed-id')
  if (!tree.allowedIds.has(requestedId)) return refuse('outside-tree')
  return { allowed: true, employerId: requestedId }
}

/**
 * The active tree of GetEmployerTree's answer (its root and every employer under it), given the
 * employers GetEmployersForClient lists the user as a contact of now.
 */
export function activeTreeOf(tree: EmployerTree, currentContactOf: readonly string[]): ActiveTree {
  const allowedIds = new Set<string>()
  const pending = [tree]
  for (let node = pending.pop(); node; node = pending.pop()) {
    const id = node.employer.identifier
    // An empty or repeated identifier is not a site anyone may be given; a repeat would loop.
    if (!isEmployerId(id) || allowedIds.has(id)) continue
    allowedIds.add(id)
    pending.push(...node.children)
  }
  const rootId = tree.employer.identifier
  return { rootId, allowedIds, rootContactConfirmed: currentContactOf.includes(rootId) }
}
