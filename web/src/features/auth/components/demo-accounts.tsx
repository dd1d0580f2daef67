import { useQuery } from '@tanstack/react-query'
import type { DemoAccount } from '@vettrak-portal/contracts'
import { metaQueries } from '../api/session-queries.ts'

/** When the portal runs against the demo simulator: its accounts, one tap to fill the form. */
export function DemoAccounts({ onPick }: { onPick: (account: DemoAccount) => void }) {
  const meta = useQuery(metaQueries.current())
  if (!meta.data?.demo || meta.data.demoAccounts.length === 0) return null
  return (
    <section
      aria-labelledby="demo-accounts-heading"
      className="rounded-xl border border-dashed border-brand-600 bg-brand-50 p-4 dark:border-brand-300 dark:bg-slate-800"
    >
      <h2 id="demo-accounts-heading" className="font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        This portal is running against the VETtrak simulator. Choose an account to fill in the form.
      </p>
      <ul className="mt-3 space-y-2">
        {meta.data.demoAccounts.map((account) => (
          <li key={account.username}>
            <button
              type="button"
              onClick={() => onPick(account)}
              className="flex w-full flex-col items-start rounded-lg bg-white px-3 py-2 text-left ring-1 ring-slate-200 hover:ring-brand-600 focus-ring dark:bg-slate-900 dark:ring-slate-700"
            >
              <span className="font-mono text-sm font-semibold">{account.username}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">{account.who}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
