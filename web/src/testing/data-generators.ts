import type { Session } from '@vettrak-portal/contracts'

type SessionOverrides = Partial<Omit<Session, 'user'>> & { user?: Partial<Session['user']> }

/** A learner's session unless overridden. */
export function buildSession(overrides: SessionOverrides = {}): Session {
  const { user, ...rest } = overrides
  return {
    employers: [],
    activeEmployerId: null,
    idleTimeoutSeconds: 1800,
    ...rest,
    user: {
      clientCode: 'LRN0001',
      givenName: 'Ava',
      surname: 'Nguyen',
      email: 'ava.nguyen@example.com.au',
      isStaff: false,
      ...user,
    },
  }
}

export const twoEmployers: Session['employers'] = [
  { id: '101', name: 'Acme Training Services', isPrimaryContact: true },
  { id: '202', name: 'Harbour Logistics', isPrimaryContact: false },
]
