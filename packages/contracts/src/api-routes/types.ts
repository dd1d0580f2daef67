/**
 * Who may call a route: anyone; any signed-in user (their own records); a user with an active
 * employer they are a contact for; a staff member.
 */
export type Access = 'public' | 'signed-in' | 'employer-contact' | 'staff'

export interface ApiRoute {
  readonly method: 'get' | 'post' | 'put' | 'delete'
  /** Hono path syntax (`:id`). */
  readonly path: string
  readonly access: Access
}
