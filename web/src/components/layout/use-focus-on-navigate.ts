import { useEffect, useRef } from 'react'
import { useLocation, useNavigation } from 'react-router'

/**
 * After a client-side navigation (not the first load), moves focus to the new page's h1, or to
 * `main` when the page has none, so keyboard and screen reader users start at the new content.
 */
export function useFocusOnNavigate(mainId: string) {
  const { pathname } = useLocation()
  const navigation = useNavigation()
  const previous = useRef<string | null>(null)

  useEffect(() => {
    if (navigation.state !== 'idle') return
    if (previous.current === null || previous.current === pathname) {
      previous.current = pathname
      return
    }
    previous.current = pathname
    const main = document.getElementById(mainId)
    const heading = main?.querySelector<HTMLElement>('[data-page-heading]')
    ;(heading ?? main)?.focus()
  }, [pathname, navigation.state, mainId])
}
