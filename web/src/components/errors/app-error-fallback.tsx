import { Button } from '../ui/button.tsx'

/** The last resort when the whole app fails to render. */
export function AppErrorFallback() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>
        The portal hit a problem it could not recover from. Reloading the page usually fixes it.
      </p>
      <div>
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
      </div>
    </main>
  )
}
