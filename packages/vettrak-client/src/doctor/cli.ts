/**
 * @module
 * `vettrak doctor`: checks that a VETtrak server offers what the portal needs.
 * Exit code 0 when everything required is there, 1 when something is missing or differs, 2 on
 * bad usage.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatDoctorReport } from './format-report.ts'
import { runDoctor } from './run-doctor.ts'

const HELP = `Usage: pnpm run doctor --wsdl <url|file> [options]

Checks a VETtrak server's WSDL against every operation and feature the portal
uses, and with credentials signs in and tries each read with the user's token.

Options:
  --wsdl <url|file>    the WSDL, e.g. https://rto.example.edu.au/VT_API.asmx?WSDL
  --endpoint <url>     the service address for the live checks (default: from the WSDL)
  --username <name>    sign in as this VETtrak user for the live checks
  --password <secret>  their password (or set VETTRAK_DOCTOR_PASSWORD)
  --record <dir>       with --username: call each read the portal uses once and
                       write each answer to <dir>/<Operation>.xml, anonymised
                       (names, emails, addresses, phones, dates of birth, tokens,
                       usernames and codes replaced); check before sharing
  --json               print the report as JSON
  --help               show this help`

async function main(argv: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : argv,
      options: {
        wsdl: { type: 'string' },
        endpoint: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        record: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (values.wsdl === undefined) {
    process.stderr.write(`--wsdl is required\n\n${HELP}\n`)
    return 2
  }
  const password = values.password ?? process.env.VETTRAK_DOCTOR_PASSWORD
  if (values.username !== undefined && password === undefined) {
    process.stderr.write('--username needs --password or VETTRAK_DOCTOR_PASSWORD\n')
    return 2
  }
  if (values.record !== undefined && values.username === undefined) {
    process.stderr.write('--record needs --username (and --password)\n')
    return 2
  }
  const isUrl = /^https?:\/\//i.test(values.wsdl)
  const report = await runDoctor({
    ...(isUrl
      ? { wsdlUrl: values.wsdl }
      : { wsdlFile: path.resolve(process.env.INIT_CWD ?? process.cwd(), values.wsdl) }),
    endpoint: values.endpoint,
    username: values.username,
    password: values.username === undefined ? undefined : password,
    recordDir:
      values.record === undefined
        ? undefined
        : path.resolve(process.env.INIT_CWD ?? process.cwd(), values.record),
  })
  process.stdout.write(
    `${values.json ? JSON.stringify(report, null, 2) : formatDoctorReport(report)}\n`,
  )
  return report.ok ? 0 : 1
}

process.exitCode = await main(process.argv.slice(2))
