/**
 * @module
 * `createApp(deps)`: the whole BFF as a Hono app that never listens by itself, so tests run it on
 * a loopback port against the real simulator.
 */
import { readWsdlModel, TokenRefusedError } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppDeps, AppEnv } from './app-env.ts'
import { AppError, defaultMessage, errorBody, toAppError } from './errors.ts'
import { createFeatureGate, type FeatureGate } from './features/feature-gate.ts'
import { featureRoutes, requireFeature } from './features/feature-routes.ts'
import { limitBodies } from './middleware/body-limit.ts'
import { compressLargeAnswers } from './middleware/compress.ts'
import { requestContext } from './middleware/request-context.ts'
import { sameOriginWrites } from './middleware/same-origin.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { sessionMiddleware } from './middleware/session.ts'
import { loadBrand } from './brand/brand.ts'
import { createSharedFeedStore } from './feeds/feed-store.ts'
import { brandRoutes } from './routes/brand.ts'
import { employerRoutes } from './routes/employer.ts'
import { FEED_THROTTLE, feedAccountRoutes, feedRoutes } from './routes/feeds.ts'
import { healthRoutes } from './routes/health.ts'
import { meRoutes } from './routes/me.ts'
import { metaRoutes } from './routes/meta.ts'
import { openApiRoutes } from './routes/openapi.ts'
import { createLandingPrefetch } from './records/landing-prefetch.ts'
import { DEFAULT_LOCATION_NAMES, createLocationNames } from './reference/location-names.ts'
import { sessionRoutes } from './routes/session.ts'
import { staffRoutes } from './routes/staff.ts'
import { verifyRoutes } from './routes/verify.ts'
import { clientAddressOf } from './security/client-address.ts'
import { servedOverHttps } from './security/https.ts'
import { createMemoryCounter, createSharedCounter } from './security/attempt-counter.ts'
import { createSharedIdentityMap } from './security/identity-map.ts'
import { DEFAULT_LOGIN_THROTTLE, createLoginThrottle } from './security/login-throttle.ts'
import { isTokenForgotten } from './session/forgotten-token.ts'
import { createRevocationList, createSharedRevocationList } from './session/revocation-list.ts'
import { createSessionCodec } from './session/session-codec.ts'
import { createSessionEnd } from './session/session-end.ts'
import { serveSpa } from './static/spa.ts'
import { createUpstream, requestScope } from './upstream/index.ts'
import { createReadinessProbe } from './upstream/readiness-probe.ts'

/** Builds the BFF. */
export function createApp(deps: AppDeps) {
  const nowMs = deps.now ?? Date.now
  const now = () => Math.floor(nowMs() / 1000)
  const { session: sessionConfig } = deps.config
  const store = deps.sharedStore
  // With a shared store, sign-out and sign-in counts hold on every instance. The caches keyed by
  // session id stay in each process: every request is checked against the shared revocations
  // before any of them is read, so a list cached on B is never served after sign-out on A.
  const revocations = store ? createSharedRevocationList(store, now) : createRevocationList(now)
  const codec = createSessionCodec({ ...sessionConfig, revocations })
  const throttle = createLoginThrottle({
    ...DEFAULT_LOGIN_THROTTLE,
    now,
    ...(store && {
      counter: (limit, name) =>
        createSharedCounter({
          store,
          name,
          limit,
          windowSeconds: DEFAULT_LOGIN_THROTTLE.windowSeconds,
          now,
        }),
      identities: createSharedIdentityMap(store),
    }),
  })
  const { verify } = deps.config
  // Certificate checks per address, counted across instances when they share a store.
  const verifyChecks = store
    ? createSharedCounter({
        store,
        name: 'verify',
        limit: verify.checksPerWindow,
        windowSeconds: verify.windowSeconds,
        now,
      })
    : createMemoryCounter({
        limit: verify.checksPerWindow,
        windowSeconds: verify.windowSeconds,
        maxKeys: DEFAULT_LOGIN_THROTTLE.maxKeys,
        now,
      })
  const { resilience } = deps.config.vettrak
  const vettrak = createUpstream(deps.vettrak, {
    ...resilience,
    now: nowMs,
    onCircuitChange: (state) => deps.logger.warn({ circuit: state }, 'VETtrak circuit breaker'),
  })

  const features = deps.features ?? defaultFeatureGate(deps, nowMs)
  const locations = createLocationNames({
    load: () => vettrak.getLocations(),
    isOn: () => features.isOn('locationNames'),
    now: nowMs,
    ...DEFAULT_LOCATION_NAMES,
    onError: (error) =>
      deps.logger.warn(
        { operation: 'GetLocations', err: error },
        'location names could not be read: locations show as codes for now',
      ),
  })

  const { cacheSizes } = deps
  const sessionEnd = createSessionEnd()
  sessionEnd.onEnd((sid) => vettrak.forgetSession(sid))
  sessionEnd.onEnd((sid) => codec.forgetSession(sid))
  cacheSizes?.set('revokedSessions', () => revocations.size)
  cacheSizes?.set('loginFailures', () => throttle.size)
  cacheSizes?.set('verifyChecks', () => verifyChecks.size)
  cacheSizes?.set('cachedReads', vettrak.sizes.cachedReads)
  cacheSizes?.set('cachedReadBytes', vettrak.sizes.cachedReadBytes)
  cacheSizes?.set('openedCookies', () => codec.openedCookies)

  const brand = deps.brand ?? loadBrand(deps.config.brand)
  if (brand.palette.adjusted)
    deps.logger.warn(
      { configured: deps.config.brand.primaryColour, used: brand.palette.primary },
      'BRAND_PRIMARY_COLOUR is too light for white text (below WCAG AA 4.5:1): a darker shade is used',
    )

  const app = new Hono<AppEnv>()
  app.use(requestContext(deps.logger))
  app.use(clientAddressOf({ trustProxy: deps.config.trustProxy }))
  // A big employer's 5,000 trainees are ~1.8 MB of JSON and ~10x smaller gzipped.
  app.use(compressLargeAnswers())
  const https = servedOverHttps(deps.config)
  app.use(securityHeaders({ https }))
  app.route('/', healthRoutes(createReadinessProbe({ vettrak, features, now: nowMs }), store))

  app.route('/brand', brandRoutes(brand))

  const feedDeps = {
    vettrak,
    feeds: deps.feeds ?? (store && createSharedFeedStore(store)),
    now: nowMs,
    timeZone: deps.config.rtoTimeZone,
    publicOrigin: deps.config.publicOrigin,
    isOn: features.isOn,
    locations,
  }
  const feedCounter = (name: string, limit: number) =>
    store
      ? createSharedCounter({ store, name, limit, windowSeconds: FEED_THROTTLE.windowSeconds, now })
      : createMemoryCounter({
          limit,
          windowSeconds: FEED_THROTTLE.windowSeconds,
          maxKeys: 10_000,
          now,
        })
  // Outside /api: calendar apps have no session, and the feed is cacheable (ETag).
  app.route(
    '/calendar',
    feedRoutes(feedDeps, {
      perFeed: feedCounter('feed', FEED_THROTTLE.perFeed),
      unknownByAddress: feedCounter('feed-unknown', FEED_THROTTLE.unknownByAddress),
    }),
  )

  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    // Said now, so compression need not add it to the finished answer (see `withHeaders`).
    c.header('Vary', 'Accept-Encoding')
    await next()
  })
  app.use('/api/*', sameOriginWrites(deps.config.publicOrigin))
  app.use('/api/*', limitBodies())
  app.use(
    '/api/*',
    sessionMiddleware({
      codec,
      revocations,
      absoluteTimeoutSeconds: sessionConfig.absoluteTimeoutSeconds,
      now,
      onSessionEnd: (sid) => sessionEnd.ended(sid),
      https,
    }),
  )
  app.use('/api/*', requestScope())
  for (const [path, feature] of featureRoutes) app.use(path, requireFeature(features.isOn, feature))
  app.route('/api', openApiRoutes())
  app.route(
    '/api/meta',
    metaRoutes({
      demo: deps.config.demoMode,
      features: () => features.state().features,
      calendarFeeds: feedDeps.feeds !== undefined,
      brand: brand.meta,
    }),
  )
  const records = {
    vettrak,
    now: nowMs,
    timeZone: deps.config.rtoTimeZone,
    locations,
    isOn: features.isOn,
  }
  app.route(
    '/api/session',
    sessionRoutes({
      vettrak,
      throttle,
      serviceUsername: deps.config.vettrak.serviceAccount.username,
      idleTimeoutSeconds: sessionConfig.idleTimeoutSeconds,
      staffClientCodes: deps.config.staffClientCodes,
      now,
      // Without the per-user cache a prefetched answer would have nowhere to wait.
      landingPrefetch:
        resilience.cacheTtlMs > 0 && resilience.cacheMaxBytes > 0
          ? createLandingPrefetch({ ...records, vettrak, isOn: features.isOn })
          : undefined,
    }),
  )

  app.route(
    '/api/verify',
    verifyRoutes({
      vettrak,
      counter: verifyChecks,
      minimumAnswerMs: verify.minimumAnswerMs,
      now: nowMs,
    }),
  )
  app.route('/api/me', meRoutes({ ...records, throttle }))
  app.route(
    '/api/employer',
    employerRoutes(vettrak, {
      now: nowMs,
      timeZone: deps.config.rtoTimeZone,
      cacheSizes,
      sessionEnd,
      isOn: features.isOn,
      locations,
      attention: deps.config.attention,
    }),
  )
  app.route('/api/feeds', feedAccountRoutes(feedDeps))
  app.route('/api/staff', staffRoutes({ ...records, cacheSizes, sessionEnd }))
  if (deps.config.webDistDir)
    app.use(
      '*',
      serveSpa(deps.config.webDistDir, { sourceMaps: deps.config.nodeEnv !== 'production' }),
    )

  app.notFound((c) => {
    const error = new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
    return c.json(errorBody(error), 404)
  })

  app.onError(async (thrown, c) => {
    // At sign-in the fresh token is not the old cookie's: its -1 says nothing of that session.
    const signingIn = c.req.method === 'POST' && c.req.path === '/api/session'
    const session = signingIn ? null : c.get('session')
    const error =
      thrown instanceof TokenRefusedError && session && (await isTokenForgotten(vettrak, session))
        ? new AppError('SESSION_EXPIRED', defaultMessage('SESSION_EXPIRED'), { cause: thrown })
        : toAppError(thrown)
    const log = c.get('log') ?? deps.logger
    if (error.status >= 500) log.error({ err: thrown, code: error.code }, 'request failed')
    else log.debug({ code: error.code }, 'request refused')
    // VETtrak said the user's token expired or is forgotten: the session is of no further use.
    // If the revocation cannot be recorded the answer stays 401: VETtrak refuses that token anyway.
    if (error.code === 'SESSION_EXPIRED' && session)
      await c
        .get('endSession')()
        .catch((failure: unknown) =>
          log.error({ err: failure }, 'an expired session could not be revoked'),
        )
    if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter))
    return c.json(errorBody(error), error.status as 400)
  })

  return app
}

/** The features of `config.vettrak`'s WSDL, read now; changes are logged. */
function defaultFeatureGate(deps: AppDeps, now: () => number): FeatureGate {
  const { wsdlUrl, wsdlFile, timeoutMs } = deps.config.vettrak
  const gate = createFeatureGate({
    readModel: () => readWsdlModel({ wsdlUrl, wsdlFile, timeoutMs }),
    now,
    onChange: (state) => {
      if (state.source === 'unverified')
        deps.logger.warn(
          { error: state.error },
          "VETtrak's WSDL could not be read: every feature stays on until it can (see /readyz)",
        )
      else
        deps.logger.info(
          { off: state.missing, error: state.error },
          Object.keys(state.missing).length === 0
            ? 'VETtrak offers every portal feature'
            : 'VETtrak does not offer some portal features: they are hidden (see `pnpm run doctor`)',
        )
    },
  })
  void gate.refresh()
  return gate
}

export type App = ReturnType<typeof createApp>
