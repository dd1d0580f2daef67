import { useEffect, useRef } from 'react'
import { NavigationType, useLocation, useNavigation, useNavigationType } from 'react-router'

const HEADING_ID = 'page-heading'

/**
 * After a client-side navigation (not the first load, nor a change of query string on the same
 * page), moves focus to the start of `main`, named by the new page's h1, so a screen reader
 * announces the page and the next Tab reaches the page's own navigation (an area's tabs) before
 * its content.
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
    if (!main) return
    const heading = main.querySelector<HTMLElement>('[data-page-heading]')
    if (heading) {
      heading.id ||= HEADING_ID
      main.setAttribute('aria-labelledby', heading.id)
    } else main.removeAttribute('aria-labelledby')
    main.focus()
  }, [pathname, navigation.state, navigationType, mainId])
}
