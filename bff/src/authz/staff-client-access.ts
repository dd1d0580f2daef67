/**
 * @module
 * A staff member may open a client only when VETtrak lists that client among the ones the staff
 * member can access (GetAccessibleClients); the code in the URL is matched without regard to case
 * and replaced by VETtrak's own spelling of it.
 */

/** The accessible client with this code, or undefined when the staff member may not open it. */
export function accessibleClient<T extends { clientCode: string }>(
  accessible: ReadonlyMap<string, T>,
  code: string,
): T | undefined {
  return accessible.get(accessKey(code))
}

/** The key `accessibleClient` looks codes up by. */
export const accessKey = (code: string) => code.trim().toUpperCase()
