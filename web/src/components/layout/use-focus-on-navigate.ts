import { useEffect, useRef } from 'react'
import { NavigationType, useLocation, useNavigation, useNavigationType } from 'react-router'

/**
 * After a client-side navigation (not the first load, nor a change of query string on the same
 * page), moves focus to the new page's h1, or to `main` when the page has none, so keyboard and
 * screen reader users start at the new content.
 */
export function useFocusOnNavigate(mainId: string) {
  const { pathname } = useLocation()
  const navigation = useNavigation()
  const navigationType = useNavigationType()
  const previous = useRef<string | null>(null)

  useEffect(() => {
    if (navigation.state !== 'idle') return
    const arrivedByNavigation = previous.current === null && navigationType !== NavigationType.Pop
    const samePage = previous.current === pathname
    const firstLoad = previous.current === null && !arrivedByNavigation
    previous.current = pathname
    if (samePage || firstLoad) return
    const main = document.getElementById(mainId)
    const heading = main?.querySelector<HTMLElement>('[data-page-heading]')
    ;(heading ?? main)?.focus()
  }, [pathname, navigation.state, navigationType, mainId])
}
