const keyFor = (clientCode: string) => `vettrak-portal:last-employer:${clientCode}`

/** The employer this user chose last time on this device, if storage is available. */
export function lastEmployer(clientCode: string): string | null {
  try {
    return localStorage.getItem(keyFor(clientCode))
  } catch {
    return null
  }
}

export function rememberEmployer(clientCode: string, employerId: string) {
  try {
    localStorage.setItem(keyFor(clientCode), employerId)
  } catch {
    // Private browsing or full storage: the chooser simply pre-selects nothing next time.
  }
}
