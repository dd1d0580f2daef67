/** A record's location: VETtrak's code (`location`) and the RTO's name for it, when known. */
export interface Located {
  location?: string | undefined
  locationName?: string | undefined
}

/** The location as words: its name, or the code when no name is known. */
export const locationText = (item: Located): string | undefined =>
  item.locationName ?? item.location

/** The location's name, with VETtrak's code on hover; the code alone when no name is known. */
export function LocationName({ item, className }: { item: Located; className?: string }) {
  if (!item.location && !item.locationName) return null
  if (!item.locationName) return <span className={className}>{item.location}</span>
  return (
    <span className={className} title={item.location && `Location code ${item.location}`}>
      {item.locationName}
    </span>
  )
}

/** For label–value lists, which leave out rows without a value. */
export const locationValue = (item: Located) =>
  item.location || item.locationName ? <LocationName item={item} /> : undefined
