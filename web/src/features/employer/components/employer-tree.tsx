import type { EmployerTreeNode } from '@vettrak-portal/contracts'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { cn } from '../../../lib/cn.ts'
import { flattenTree, pathTo, totalsOf, visibleSites } from '../utils/tree.ts'

const plural = (count: number, word: string) =>
  `${count.toLocaleString('en-AU')} ${word}${count === 1 ? '' : 's'}`

/**
 * The employer's sites as a WAI-ARIA tree: one tab stop (roving tabindex); Up/Down move, Right
 * opens or enters, Left closes or goes to the parent, Home/End; Enter, Space or a click chooses.
 * Each site shows what choosing it shows: the trainees and employees of it and the sites under it.
 */
export function EmployerTree({
  root,
  selectedId,
  onChoose,
  label = 'Sites',
}: {
  root: EmployerTreeNode
  selectedId: string
  onChoose: (id: string) => void
  label?: string
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set([root.id, ...pathTo(root, selectedId).slice(0, -1)]),
  )
  const [focusedId, setFocusedId] = useState(selectedId)
  const treeRef = useRef<HTMLUListElement>(null)
  const moveFocus = useRef(false)
  const visible = useMemo(() => visibleSites(root, expanded), [root, expanded])
  const totals = useMemo(
    () => new Map(flattenTree(root).map(({ node }) => [node.id, totalsOf(node)])),
    [root],
  )

  // A site chosen elsewhere (the scope menu, back) is shown: its parents open, focus there next.
  const [shownSelection, setShownSelection] = useState(selectedId)
  if (shownSelection !== selectedId) {
    setShownSelection(selectedId)
    setFocusedId(selectedId)
    setExpanded((open) => new Set([...open, ...pathTo(root, selectedId).slice(0, -1)]))
  }

  const tabStop = visible.some((site) => site.node.id === focusedId) ? focusedId : root.id

  useEffect(() => {
    if (!moveFocus.current) return
    moveFocus.current = false
    treeRef.current?.querySelector<HTMLElement>(`[data-site-id="${CSS.escape(tabStop)}"]`)?.focus()
  }, [tabStop])

  const focusSite = (id: string) => {
    moveFocus.current = true
    setFocusedId(id)
  }
  const toggle = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (open) next.add(id)
      else next.delete(id)
      return next
    })

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = visible.findIndex((site) => site.node.id === tabStop)
    const current = visible[index]
    if (!current) return
    const hasChildren = current.node.children.length > 0
    const isOpen = expanded.has(current.node.id)
    let handled = true
    switch (event.key) {
      case 'ArrowDown': {
        const next = visible[index + 1]
        if (next) focusSite(next.node.id)
        break
      }
      case 'ArrowUp': {
        const previous = visible[index - 1]
        if (previous) focusSite(previous.node.id)
        break
      }
      case 'ArrowRight':
        if (hasChildren && !isOpen) toggle(current.node.id, true)
        else if (hasChildren && current.node.children[0]) focusSite(current.node.children[0].id)
        break
      case 'ArrowLeft':
        if (hasChildren && isOpen) toggle(current.node.id, false)
        else if (current.parentId) focusSite(current.parentId)
        break
      case 'Home':
        focusSite(root.id)
        break
      case 'End': {
        const last = visible.at(-1)
        if (last) focusSite(last.node.id)
        break
      }
      case 'Enter':
      case ' ':
        onChoose(current.node.id)
        break
      default:
        handled = false
    }
    if (handled) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target as Element
    const item = target.closest<HTMLElement>('[role="treeitem"]')
    const id = item?.dataset.siteId
    if (!id) return
    setFocusedId(id)
    if (target.closest('[data-toggle]')) toggle(id, !expanded.has(id))
    else onChoose(id)
  }

  const renderSite = (node: EmployerTreeNode, level: number) => {
    const hasChildren = node.children.length > 0
    const isOpen = expanded.has(node.id)
    const isSelected = node.id === selectedId
    const labelId = `site-${node.id}-label`
    const groupId = `site-${node.id}-group`
    // The treeitem is the row; its group of sites follows it, owned with aria-owns, so the item's
    // visible text is its own name and counts, not every site under it.
    return (
      <li key={node.id} role="none">
        <div
          role="treeitem"
          aria-level={level}
          aria-expanded={hasChildren ? isOpen : undefined}
          aria-selected={isSelected}
          aria-labelledby={labelId}
          aria-owns={hasChildren && isOpen ? groupId : undefined}
          tabIndex={node.id === tabStop ? 0 : -1}
          data-site-id={node.id}
          className={cn(
            'flex min-h-11 cursor-pointer items-center gap-2 rounded-lg py-1.5 pr-2 outline-none focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-brand-600 focus-visible:outline-solid dark:focus-visible:outline-brand-300',
            isSelected
              ? 'bg-brand-50 font-semibold text-brand-900 ring-1 ring-brand-600 ring-inset dark:bg-brand-900/40 dark:text-brand-100 dark:ring-brand-300'
              : 'hover:bg-slate-100 dark:hover:bg-slate-800',
          )}
          style={{ paddingLeft: `${(level - 1) * 1.25 + 0.25}rem` }}
        >
          <span
            data-toggle={hasChildren ? '' : undefined}
            aria-hidden="true"
            className={cn(
              'inline-flex size-7 shrink-0 items-center justify-center rounded text-slate-600 dark:text-slate-300',
              hasChildren && 'hover:bg-slate-200 dark:hover:bg-slate-700',
            )}
          >
            {hasChildren ? (
              <svg
                viewBox="0 0 20 20"
                className={cn('size-4 transition-transform', isOpen && 'rotate-90')}
                fill="currentColor"
              >
                <path d="M7.2 4.2 13 10l-5.8 5.8-1.1-1.1L10.8 10 6.1 5.3l1.1-1.1Z" />
              </svg>
            ) : null}
          </span>
          <span id={labelId} className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-3">
            <span className="min-w-0 break-words">{node.name ?? `Site ${node.id}`}</span>
            {/* A real space: the visible text is then the name's start (axe's
                label-content-name-mismatch); the comma is for a screen reader's pause. */}{' '}
            <span className="text-sm font-normal text-slate-600 tabular-nums dark:text-slate-300">
              <span className="sr-only">, </span>
              {plural(totals.get(node.id)?.trainees ?? node.traineeCount, 'trainee')} ·{' '}
              {plural(totals.get(node.id)?.employees ?? node.employeeCount, 'employee')}
            </span>
          </span>
          {isSelected ? (
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="size-5 shrink-0 text-brand-700 dark:text-brand-300"
              fill="currentColor"
            >
              <path d="m8.2 13.6-3.5-3.5-1.1 1.1 4.6 4.6 8.2-8.2-1.1-1.1-7.1 7.1Z" />
            </svg>
          ) : null}
        </div>
        {hasChildren && isOpen ? (
          <ul role="group" id={groupId}>
            {node.children.map((child) => renderSite(child, level + 1))}
          </ul>
        ) : null}
      </li>
    )
  }

  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset.siteId
        if (id) setFocusedId(id)
      }}
      className="space-y-0.5"
    >
      {renderSite(root, 1)}
    </ul>
  )
}
