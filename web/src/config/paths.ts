/** Every path of the SPA, once: `path` for the router, `getHref` for links and redirects. */
export const paths = {
  home: { path: '/', getHref: () => '/' },

  auth: {
    login: {
      path: '/login',
      getHref: (options: { redirectTo?: string | null; reason?: LoginReason } = {}) => {
        const params = new URLSearchParams()
        if (options.reason) params.set('reason', options.reason)
        if (options.redirectTo && options.redirectTo !== '/')
          params.set('redirectTo', options.redirectTo)
        const query = params.toString()
        return query ? `/login?${query}` : '/login'
      },
    },
    chooseEmployer: {
      path: '/choose-employer',
      getHref: (redirectTo?: string | null) =>
        redirectTo
          ? `/choose-employer?${new URLSearchParams({ redirectTo }).toString()}`
          : '/choose-employer',
    },
  },

  learning: {
    root: { path: '/learning', getHref: () => '/learning' },
  },

  employer: {
    root: { path: '/employer', getHref: () => '/employer' },
  },

  staff: {
    root: { path: '/staff', getHref: () => '/staff' },
  },

  account: { path: '/account', getHref: () => '/account' },
} as const

/** A same-origin path to go back to after signing in, or null (guards against open redirects). */
export function safeRedirectPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return null
  if (value === paths.auth.login.path || value.startsWith(`${paths.auth.login.path}?`)) return null
  return value
}

/** Why the sign-in page is showing, so it can say so. */
export type LoginReason = 'expired' | 'signed-out'
