import { describe, expect, it } from 'vitest'
import { CliError, parseCliArgs } from '../src/cli-args.ts'

describe('the CLI flags', () => {
  it('read every option, passing through a leading --', () => {
    const command = parseCliArgs([
      '--',
      '--port',
      '9000',
      '--host',
      '0.0.0.0',
      '--seed',
      '3',
      '--clients',
      '50',
      '--employers',
      '5',
      '--reference-date',
      '2026-03-15',
      '--time-zone',
      'Australia/Perth',
      '--token-idle-seconds',
      '120',
      '--no-email-login',
      '--latency-ms',
      '20',
      '--jitter-ms',
      '5',
      '--fail-kind',
      'db-error',
      '--fail-rate',
      '0.25',
      '--fail-ops',
      'GetEventsForClient,ValidateClient',
      '--profile',
      'published',
    ])
    expect(command).toEqual({
      help: false,
      options: {
        port: 9000,
        host: '0.0.0.0',
        seed: 3,
        clients: 50,
        employers: 5,
        referenceDate: '2026-03-15',
        timeZone: 'Australia/Perth',
        tokenIdleSeconds: 120,
        emailAsUsername: false,
        profile: 'published',
        faults: {
          latencyMs: 20,
          jitterMs: 5,
          failures: [
            { kind: 'db-error', rate: 0.25, operations: ['GetEventsForClient', 'ValidateClient'] },
          ],
        },
      },
    })
  })

  it('leave the profile unset (full) unless asked', () => {
    expect(parseCliArgs(['--profile', 'full'])).toEqual({
      help: false,
      options: { profile: 'full' },
    })
    expect(parseCliArgs([])).toEqual({ help: false, options: {} })
  })

  it('show help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ help: true })
  })

  it.each([
    [['--port', 'eighty'], /--port must be a whole number/],
    [['--port', '70000'], /--port/],
    [['--reference-date', '15/03/2026'], /--reference-date must be YYYY-MM-DD/],
    [['--time-zone', 'Mars/Olympus'], /unknown IANA zone/],
    [['--fail-kind', 'meteor'], /--fail-kind must be one of/],
    [['--fail-rate', '0.5'], /need --fail-kind/],
    [['--fail-kind', 'reset', '--fail-rate', '2'], /--fail-rate must be a number from 0 to 1/],
    [['--fail-kind', 'reset', '--fail-ops', 'Nope'], /unknown operation/],
    [['--colour'], /Unknown option/],
    [['--profile', 'sparse'], /--profile must be one of full, published; got 'sparse'/],
  ])('refuse %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliError)
    expect(() => parseCliArgs(argv)).toThrow(message)
  })
})
