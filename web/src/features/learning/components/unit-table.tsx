import type { Unit } from '@vettrak-portal/contracts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { TBody, THead, Table, Td, Th, Tr } from '../../../components/ui/table.tsx'
import { formatDate } from '../../../lib/format.ts'
import { EnrolmentProgress } from './enrolment-progress.tsx'
import { OutcomeBadge } from './status-badges.tsx'

/** The units of an enrolment or contract: outcome, dates and score. */
export function UnitTable({ units, caption }: { units: Unit[]; caption: string }) {
  if (units.length === 0)
    return (
      <EmptyState title="No units yet">
        No units of competency are recorded for this course in VETtrak yet.
      </EmptyState>
    )
  return (
    <Table caption={caption} stacked>
      <THead>
        <tr>
          <Th>Unit</Th>
          <Th>Outcome</Th>
          <Th>Start</Th>
          <Th>End</Th>
          <Th className="text-right">Score</Th>
        </tr>
      </THead>
      <TBody>
        {units.map((unit, index) => (
          <Tr key={`${unit.unitCode ?? 'unit'}-${index}`}>
            <Td className="min-w-56">
              {unit.unitCode ? (
                <span className="block font-mono text-sm text-slate-700 dark:text-slate-300">
                  {unit.unitCode}
                </span>
              ) : null}
              <span className="text-slate-900 dark:text-slate-100">
                {unit.unitName ?? unit.unitCode ?? 'Unnamed unit'}
              </span>
            </Td>
            <Td label="Outcome">
              {outcomeKnown(unit) ? (
                <OutcomeBadge outcome={unit.outcome} result={unit.result} />
              ) : (
                <NotRecorded />
              )}
            </Td>
            <Td label="Start" className="whitespace-nowrap">
              {unit.startDate ? formatDate(unit.startDate) : <NotRecorded />}
            </Td>
            <Td label="End" className="whitespace-nowrap">
              {unit.endDate ? formatDate(unit.endDate) : <NotRecorded />}
            </Td>
            <Td label="Score" numeric>
              {unit.score !== undefined ? unit.score : <NotRecorded />}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}

function NotRecorded() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not recorded</span>
    </>
  )
}

/** Whether VETtrak sent anything of the unit's outcome. */
const outcomeKnown = (unit: Unit) => unit.resultCode !== undefined || unit.result !== undefined

/** Units achieved or credited of all units, counted from the units themselves. */
export function unitProgress(units: Unit[]) {
  const achieved = units.filter((u) => u.outcome === 'achieved' || u.outcome === 'credit').length
  return { achieved, total: units.length }
}

/** A summary of the units: a progress bar and counts by outcome. */
export function UnitSummary({ units }: { units: Unit[] }) {
  const progress = unitProgress(units)
  const count = (outcome: Unit['outcome']) => units.filter((u) => u.outcome === outcome).length
  const inProgress = count('in-progress')
  const notStarted = count('not-started')
  const notYet = count('not-achieved')
  if (units.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">No units are recorded yet.</p>
  if (!units.some(outcomeKnown))
    return (
      <p className="text-slate-700 dark:text-slate-300">
        {units.length === 1 ? '1 unit is' : `${units.length} units are`} recorded; VETtrak did not
        send their outcomes.
      </p>
    )
  return (
    <div className="space-y-3">
      <EnrolmentProgress progress={progress} label="Units achieved or credited" />
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <li>{progress.achieved} achieved or credited</li>
        {inProgress ? <li>{inProgress} in progress</li> : null}
        {notStarted ? <li>{notStarted} not started</li> : null}
        {notYet ? <li>{notYet} not yet competent</li> : null}
      </ul>
    </div>
  )
}
