/**
 * Today at the RTO (`YYYY-MM-DD`), as the simulator takes it by default: the spawned BFF runs on the
 * real clock, so the data must be seeded around the same day (UTC's date is yesterday in Sydney
 * every morning before 10 or 11).
 */
export function rtoToday(timeZone = 'Australia/Sydney'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now())
}
