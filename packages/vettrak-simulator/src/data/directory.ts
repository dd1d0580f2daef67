/**
 * @module
 * Indexes over a {@link SimStore} that the operations and rules need and the store does not keep:
 * accounts by client and by email, stable numeric client IDs, the employer tree, contracts and
 * enrolments by employer, staff members' accessible divisions, and when each client last changed.
 */
import type { Account, SimStore } from './store.ts'

export class Directory {
  readonly store: SimStore
  readonly #accountsByClient = new Map<string, Account>()
  /** Lower-cased email → client code; `null` when several clients share it (ambiguous login). */
  readonly #clientByEmail = new Map<string, string | null>()
  readonly #clientIds = new Map<string, number>()
  readonly #contractsByEmployer = new Map<string, number[]>()
  readonly #enrolmentsByEmployer = new Map<string, number[]>()
  readonly #divisionChildren = new Map<number, number[]>()
  readonly #treeCache = new Map<string, string[]>()
  readonly #staffDivisionCache = new Map<string, Set<number>>()
  readonly #modified = new Map<string, string>()
  readonly #enrolmentOwners = new Map<number, string>()
  readonly #contractOwners = new Map<number, string>()
  readonly #seededAt: string

  /** `seededAt`: the local date-time at which seeded clients count as last modified. */
  constructor(store: SimStore, seededAt: string) {
    this.store = store
    this.#seededAt = seededAt
    for (const account of store.accounts.values())
      this.#accountsByClient.set(account.clientCode, account)
    store.clientCodes.forEach((code, index) => {
      const numeric = /^\d{1,10}$/.test(code) ? Number(code) : Number.NaN
      this.#clientIds.set(code, numeric <= 2_147_483_647 ? numeric : index + 1)
      const email = store.clients.get(code)?.Clie_Email?.toLowerCase()
      if (email) this.#clientByEmail.set(email, this.#clientByEmail.has(email) ? null : code)
    })
    for (const contract of store.contracts.values())
      if (contract.Empl_Identifier)
        push(this.#contractsByEmployer, contract.Empl_Identifier, contract.ID)
    for (const enrolment of store.enrolments.values())
      if (enrolment.EmployerIdentifier)
        push(this.#enrolmentsByEmployer, enrolment.EmployerIdentifier, enrolment.ID)
    for (const [code, ids] of store.enrolmentsByClient)
      for (const id of ids) this.#enrolmentOwners.set(id, code)
    for (const [code, ids] of store.contractsByClient)
      for (const id of ids) this.#contractOwners.set(id, code)
    for (const division of store.divisions.values())
      if (division.parentId !== undefined)
        push(this.#divisionChildren, division.parentId, division.id)
  }

  /** The stable numeric ID of a client: its code when numeric, else its seed position. */
  clientId(clientCode: string): number {
    return this.#clientIds.get(clientCode) ?? -1
  }

  /** The sign-in account of a client, if they have one. */
  accountOf(clientCode: string): Account | undefined {
    return this.#accountsByClient.get(clientCode)
  }

  /** The account for a login name: a username, or (when allowed) a client's email address. */
  findLogin(name: string, emailAsUsername: boolean): Account | undefined {
    const key = name.toLowerCase()
    const byUsername = this.store.accounts.get(key)
    if (byUsername !== undefined || !emailAsUsername) return byUsername
    const clientCode = this.#clientByEmail.get(key)
    return clientCode ? this.#accountsByClient.get(clientCode) : undefined
  }

  /** Sets a client's username and password, creating their account if they had none. */
  setCredentials(clientCode: string, username: string, password: string, now: string): Account {
    let account = this.#accountsByClient.get(clientCode)
    if (account === undefined) {
      const client = this.store.clients.get(clientCode)
      account = {
        username,
        password,
        clientCode,
        apiPermitted: false,
        isStaff: client?.IsStaff ?? false,
      }
      this.#accountsByClient.set(clientCode, account)
    } else {
      this.store.accounts.delete(account.username.toLowerCase())
    }
    account.username = username
    account.password = password
    this.store.accounts.set(username.toLowerCase(), account)
    const client = this.store.clients.get(clientCode)
    if (client !== undefined) client.Clie_Username = username
    this.#modified.set(clientCode, now)
    return account
  }

  /** The client an enrolment belongs to. */
  enrolmentOwner(enrolmentId: number): string | undefined {
    return (
      this.#enrolmentOwners.get(enrolmentId) ?? this.store.enrolments.get(enrolmentId)?.Clie_Code
    )
  }

  /** The client a contract belongs to. */
  contractOwner(contractId: number): string | undefined {
    return this.#contractOwners.get(contractId) ?? this.store.contracts.get(contractId)?.Clie_Code
  }

  /** When a client was last added or changed (local time). */
  modifiedAt(clientCode: string): string {
    return this.#modified.get(clientCode) ?? this.#seededAt
  }

  /** An employer and its descendants, depth first in seed order. */
  employerTree(employerId: string): string[] {
    let tree = this.#treeCache.get(employerId)
    if (tree === undefined) {
      tree = []
      const visit = (id: string) => {
        if (tree?.includes(id)) return
        tree?.push(id)
        for (const child of this.store.employerChildren.get(id) ?? []) visit(child)
      }
      visit(employerId)
      this.#treeCache.set(employerId, tree)
    }
    return tree
  }

  /** Contract IDs whose employer is `employerId`. */
  contractsOfEmployer(employerId: string): readonly number[] {
    return this.#contractsByEmployer.get(employerId) ?? []
  }

  /** Enrolment IDs linked to `employerId`. */
  enrolmentsOfEmployer(employerId: string): readonly number[] {
    return this.#enrolmentsByEmployer.get(employerId) ?? []
  }

  /** The divisions a staff member can see: their own and every descendant. */
  staffDivisions(staffCode: string): Set<number> {
    let divisions = this.#staffDivisionCache.get(staffCode)
    if (divisions === undefined) {
      const found = new Set<number>()
      const visit = (id: number) => {
        if (found.has(id)) return
        found.add(id)
        for (const child of this.#divisionChildren.get(id) ?? []) visit(child)
      }
      for (const id of this.store.staffDivisions.get(staffCode) ?? []) visit(id)
      divisions = found
      this.#staffDivisionCache.set(staffCode, divisions)
    }
    return divisions
  }

  /** Whether a staff member may see a client: published, and in one of their divisions. */
  staffCanSee(staffCode: string, clientCode: string): boolean {
    const client = this.store.clients.get(clientCode)
    if (client === undefined || this.store.unpublishedClients.has(clientCode)) return false
    return this.staffDivisions(staffCode).has(client.DivisionId)
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
