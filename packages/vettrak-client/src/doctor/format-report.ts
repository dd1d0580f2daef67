/**
 * @module
 * `formatDoctorReport`: the text an RTO administrator reads first.
 */
import type { FeatureName } from '@vettrak-portal/contracts'
import { optionalFeatures } from '../features.ts'
import type { Finding, OperationCheck } from './compare.ts'
import type { ReadOutcome } from './live-reads.ts'
import type { DoctorReport, FeatureCheck, LiveCheck } from './run-doctor.ts'

const MARK: Record<OperationCheck['status'], string> = {
  ok: 'ok     ',
  differs: 'DIFFERS',
  missing: 'MISSING',
}

const EVIDENCE = { documented: 'documented', 'defined-here': 'defined here' } as const

/** The report as plain text, problems first within each operation. */
export function formatDoctorReport(report: DoctorReport): string {
  const lines = [`VETtrak doctor: ${report.source}`]
  if (!report.wsdl.ok) {
    lines.push('', `WSDL: FAILED: ${report.wsdl.error ?? 'unknown error'}`, '', 'Result: FAIL')
    return lines.join('\n')
  }
  const ports = [
    report.wsdl.soap11Address && `SOAP 1.1 at ${report.wsdl.soap11Address}`,
    report.wsdl.soap12Address && 'SOAP 1.2 also offered',
  ].filter(Boolean)
  lines.push(
    `WSDL: read, ${report.wsdl.operationCount ?? 0} operations; ${ports.join('; ') || 'no SOAP port'}`,
  )
  lines.push('', `Operations the portal needs (${report.operations.length}):`)
  const width = Math.max(...report.operations.map((check) => check.operation.length))
  for (const check of report.operations) {
    lines.push(
      `  ${MARK[check.status]}  ${check.operation.padEnd(width)}  ${check.level.padEnd(10)}  ${EVIDENCE[check.evidence]}${check.note ? ` (${check.note})` : ''}`,
    )
    for (const finding of sortFindings(check.findings))
      lines.push(
        `             ${check.operation}: ${finding.severity === 'error' ? '' : `${finding.severity}: `}${finding.message}`,
      )
  }
  lines.push('', ...featureTable(report.features, report.live !== undefined))
  lines.push('', ...resultSideLines(report))
  if (report.live) {
    lines.push('', `Live checks as ${report.live.username}:`)
    lines.push(`  ${liveLine('sign-in (ValidateClient)', report.live.signIn)}`)
    if (report.live.read)
      lines.push(`  ${liveLine('read own details (GetClientDetails)', report.live.read)}`)
    if (report.live.recorded)
      lines.push(
        `  recorded ${report.live.recorded.files.length} answer(s), anonymised, in ${report.live.recorded.dir}: check them before sharing (see docs/vettrak-client.md)`,
      )
  }
  const failing = report.operations.filter((check) => check.status !== 'ok')
  const definedHere = failing.filter((check) => check.evidence === 'defined-here').length
  lines.push('')
  if (report.ok) lines.push('Result: OK: this server offers everything the portal needs.')
  else {
    const parts = [
      failing.length > 0 && `${failing.length} operation(s) missing or different`,
      report.live &&
        (!report.live.signIn.ok || report.live.read?.ok === false) &&
        'live checks failed',
    ].filter(Boolean)
    lines.push(`Result: FAIL: ${parts.join('; ')}.`)
    if (definedHere > 0)
      lines.push(
        `${definedHere} of them are "defined here" shapes: the real VETtrak shape is not public, so a difference there most likely means the portal's guess (packages/vettrak-api) needs correcting from this WSDL.`,
      )
  }
  return lines.join('\n')
}

const OUTCOME: Record<ReadOutcome | 'not-called', string> = {
  permitted: 'permitted',
  'no-records': 'permitted (no records)',
  'not-permitted': 'NOT PERMITTED',
  failed: 'FAILED',
  'not-offered': 'not offered',
  skipped: 'not tried (no id to ask with)',
  'not-called': 'not called (a write)',
}

/** Feature, operations, offered or not; with a live sign-in, what the user's token may call. */
function featureTable(features: FeatureCheck[], live: boolean): string[] {
  const width = Math.max(0, ...features.map((feature) => feature.feature.length))
  const lines = [
    `Features (${features.filter((feature) => feature.available).length} of ${features.length} offered):`,
  ]
  for (const feature of features) {
    const optional = (optionalFeatures as readonly FeatureName[]).includes(feature.feature)
    const mark = feature.available ? 'on     ' : optional ? 'off    ' : 'OFF    '
    const missing = feature.available
      ? ''
      : `  (${optional ? 'optional; ' : ''}missing: ${feature.missing.join(', ')})`
    lines.push(
      `  ${mark}  ${feature.feature.padEnd(width)}  ${feature.operations.join(', ')}${missing}`,
    )
    if (live && feature.calls)
      for (const call of feature.calls)
        lines.push(
          `             ${call.operation}: ${OUTCOME[call.outcome]}${call.status === undefined || call.status === 1 ? '' : ` (Status ${call.status})`}`,
        )
  }
  return lines
}

/** The members the portal keys on, and the list wrapper and item names, per operation. */
function resultSideLines(report: DoctorReport): string[] {
  const lines = ['Result side (members the portal keys on; list wrappers and items):']
  for (const check of report.resultSide) {
    const lists = check.lists
      .map(
        (list) =>
          `${list.wrapper}/${list.item ?? '?'}${list.item === list.expectedItem ? '' : ` (portal reads ${list.expectedItem})`}`,
      )
      .join(', ')
    const problems = check.findings.length
    lines.push(
      `  ${problems === 0 ? 'ok     ' : check.findings.some((finding) => finding.severity === 'error') ? 'DIFFERS' : 'warning'}  ${check.operation}${lists ? `: ${lists}` : ''}`,
    )
    for (const finding of sortFindings(check.findings))
      lines.push(
        `             ${check.operation}: ${finding.severity === 'error' ? '' : `${finding.severity}: `}${finding.message}`,
      )
  }
  return lines
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 }
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity])
}

function liveLine(label: string, check: LiveCheck): string {
  if (check.ok) return `ok    ${label}: Status 1`
  const status = check.status === undefined ? '' : ` (Status ${check.status})`
  return `FAILED ${label}${status}: ${check.error ?? 'unknown error'}`
}
