/**
 * @module
 * `pnpm sim [flags]`: starts the simulator, prints where it listens and the demo accounts, and
 * shuts down cleanly on SIGINT/SIGTERM.
 */
import { CliError, parseCliArgs, USAGE } from './cli-args.ts'
import { DEMO_ACCOUNTS } from './seed/index.ts'
import { startSimulator } from './start-simulator.ts'

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

async function main(): Promise<void> {
  let command
  try {
    command = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    process.stderr.write(`vettrak-simulator: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (command.help) {
    process.stdout.write(USAGE)
    return
  }
  const started = Date.now()
  const sim = await startSimulator(command.options)
  const accounts = table([
    ['username', 'password', 'who'],
    ...DEMO_ACCOUNTS.map((account) => [account.username, account.password, account.who]),
  ])
  process.stdout.write(
    `VETtrak API simulator ready in ${Date.now() - started} ms\n` +
      `  endpoint  ${sim.endpoint}\n` +
      `  WSDL      ${sim.wsdlUrl}\n` +
      (command.options.profile === 'published'
        ? '  profile   published: only what VETtrak publishes, sparse\n'
        : '') +
      `  control   ${sim.url}/__sim/{faults,clock,tokens/expire,health} (loopback only)\n\n` +
      `Demo accounts:\n${accounts}\n`,
  )
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    process.stdout.write(`\n${signal}: closing the simulator\n`)
    sim.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error('vettrak-simulator:', error instanceof Error ? error.message : error)
  process.exit(1)
})
