import type { EmployerSiteNode } from '@vettrak-portal/contracts'
import { useId } from 'react'
import { inputClassName } from '../../../components/ui/field.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import type { Site } from '../api/employer-queries.ts'
import { findSite, flattenTree } from '../utils/tree.ts'

/**
 * What the employer pages are showing: all sites or one site (and those under it), with a menu to
 * choose another and an "All sites" reset.
 */
export function SiteScope({
  root,
  site,
  onChange,
}: {
  root: EmployerSiteNode
  site: Site
  onChange: (site: Site) => void
}) {
  const id = useId()
  const chosen = site ? findSite(root, site) : undefined
  const rootName = root.name ?? 'this employer'
  return (
    <section
      aria-label="Sites shown"
      className="mb-6 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="text-slate-800 dark:text-slate-200">
        <span className="text-slate-600 dark:text-slate-300">Showing </span>
        {chosen ? (
          <>
            <strong className="font-semibold">{chosen.name ?? `Site ${chosen.id}`}</strong>
            {chosen.children.length > 0 ? ' and the sites under it' : null}
          </>
        ) : (
          <strong className="font-semibold">All sites of {rootName}</strong>
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="font-medium text-slate-900 dark:text-slate-100">
          Site
        </label>
        <select
          id={id}
          value={chosen?.id ?? ''}
          onChange={(event) => onChange(event.target.value || null)}
          className={cn(inputClassName, 'w-auto max-w-64 border-slate-400 dark:border-slate-500')}
        >
          <option value="">All sites</option>
          {flattenTree(root)
            .slice(1)
            .map(({ node, level }) => (
              <option key={node.id} value={node.id}>
                {'\u00a0\u00a0'.repeat(level - 2)}
                {node.name ?? `Site ${node.id}`}
              </option>
            ))}
        </select>
        {chosen ? (
          <Button variant="secondary" onClick={() => onChange(null)}>
            All sites
          </Button>
        ) : null}
      </div>
    </section>
  )
}
