import type { EnrolmentState, PaymentStatus, UnitOutcome } from '@vettrak-portal/contracts'
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx'

const outcomes: Record<UnitOutcome, { label: string; tone: BadgeTone }> = {
  achieved: { label: 'Achieved', tone: 'success' },
  credit: { label: 'Credit', tone: 'success' },
  'in-progress': { label: 'In progress', tone: 'info' },
  'not-started': { label: 'Not started', tone: 'neutral' },
  'not-achieved': { label: 'Not yet competent', tone: 'danger' },
  withdrawn: { label: 'Withdrawn', tone: 'warning' },
  other: { label: 'Other', tone: 'neutral' },
}

/** A unit's outcome in words (and colour); VETtrak's own result wording goes in `title`. */
export function OutcomeBadge({ outcome, result }: { outcome: UnitOutcome; result?: string }) {
  const { label, tone } = outcomes[outcome]
  return (
    <span title={result}>
      <Badge tone={tone}>{label}</Badge>
    </span>
  )
}

const states: Record<EnrolmentState, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'info' },
  completed: { label: 'Completed', tone: 'success' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
  other: { label: 'Unknown status', tone: 'neutral' },
}

/** The state VETtrak's own word names, for a contract (which has no state) or an unnamed one. */
function stateOfWord(word: string | undefined): EnrolmentState | undefined {
  const lower = word?.toLowerCase()
  return lower === 'active' || lower === 'completed' ? lower : undefined
}

/**
 * An enrolment's (or contract's) status: VETtrak's own word when it sent one, else the state's
 * label; coloured by the state.
 */
export function EnrolmentStatusBadge({
  status,
  state,
}: {
  status?: string | undefined
  state?: EnrolmentState | undefined
}) {
  const text = status?.trim()
  const { label, tone } =
    states[(state === 'other' ? undefined : state) ?? stateOfWord(text) ?? 'other']
  return <Badge tone={tone}>{text || label}</Badge>
}

const payments: Record<PaymentStatus, { label: string; tone: BadgeTone }> = {
  unpaid: { label: 'Unpaid', tone: 'warning' },
  'part-paid': { label: 'Part paid', tone: 'warning' },
  paid: { label: 'Paid', tone: 'success' },
  overpaid: { label: 'Overpaid', tone: 'info' },
  credited: { label: 'Credited', tone: 'neutral' },
}

/** An invoice's payment status in words (and colour). */
export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { label, tone } = payments[status]
  return <Badge tone={tone}>{label}</Badge>
}

/** Marks something overdue or expired: a warning icon as well as the word and colour. */
export function AlertBadge({ children }: { children: string }) {
  return (
    <Badge tone="danger">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mr-1 size-4" fill="currentColor">
        <path d="M8.26 2.9a2 2 0 0 1 3.48 0l6.3 11.1A2 2 0 0 1 16.3 17H3.7a2 2 0 0 1-1.74-3L8.26 2.9ZM9.25 7v4.5h1.5V7h-1.5Zm0 6v1.5h1.5V13h-1.5Z" />
      </svg>
      {children}
    </Badge>
  )
}
