import { screen, within } from '@testing-library/react'
import type { TraineeDetail } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { contractStatusLabel } from '../../../features/employer/components/trainee-contract.tsx'
import {
  buildAcmeTree,
  buildEvent,
  buildTrainee,
  buildUnit,
} from '../../../testing/data-generators.ts'
import { apiError, fakeBff, json, type Handler } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

const WAIT = { timeout: 4000 }

const olivia: TraineeDetail = {
  ...buildTrainee({
    contractId: 20101,
    contractCode: 'NSW-0020101',
    startDate: '2026-06-19T00:00:00',
    endDate: '2027-06-14T00:00:00',
  }),
  upcoming: [
    buildEvent({
      id: 1,
      name: 'Trainee workplace visit',
      start: '2026-11-25T10:30:00',
      finish: '2026-11-25T11:30:00',
      description: 'Workplace visit: Olivia Brown',
      contractId: 20101,
      enrolmentId: undefined,
    }),
  ],
}

function openTrainee(contract: Handler | Response) {
  const bff = fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/trainees/20101': contract,
    'GET /api/employer/trainees/20101/units': json({
      items: [buildUnit({ unitCode: 'BSBWHS311', unitName: 'Assist with WHS' })],
    }),
  })
  return { bff, ...renderApp('/employer/trainees/20101') }
}

describe("an employer contact's trainee page", { timeout: 20_000 }, () => {
  it('shows the contract number, status, dates and the visits to come, beside the units', async () => {
    openTrainee(json(olivia))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Olivia Brown' }, WAIT),
    ).toBeInTheDocument()
    const contract = within(screen.getByRole('region', { name: 'Training contract' }))
    const value = (term: string) => contract.getByText(term).nextElementSibling
    expect(value('Contract number')).toHaveTextContent('NSW-0020101')
    expect(value('Status')).toHaveTextContent('Active')
    expect(value('Start date')).toHaveTextContent('19 June 2026')
    expect(value('End date')).toHaveTextContent('14 June 2027')
    const visits = within(screen.getByRole('region', { name: 'Upcoming visits' }))
    expect(visits.getByText('Trainee workplace visit')).toBeInTheDocument()
    expect(visits.getByText(/25 November 2026, 10:30 am to 11:30 am/)).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Units of the training contract' })).toHaveTextContent(
      'BSBWHS311',
    )
  })

  it('says so when no visit is booked', async () => {
    openTrainee(json({ ...olivia, upcoming: [] }))
    const visits = await screen.findByRole('region', { name: 'Upcoming visits' }, WAIT)
    expect(within(visits).getByText('No upcoming visits')).toBeInTheDocument()
  })

  it('leaves the visits out when the RTO’s VETtrak offers no employer events', async () => {
    const { upcoming: _, ...withoutVisits } = olivia
    openTrainee(json(withoutVisits))
    expect(await screen.findByText('NSW-0020101', {}, WAIT)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Upcoming visits' })).not.toBeInTheDocument()
  })

  it('shows the contract loading while the units are already there', async () => {
    let answer: (response: Response) => void = () => undefined
    openTrainee(() => new Promise<Response>((resolve) => (answer = resolve)))
    await screen.findByRole('table', { name: 'Units of the training contract' }, WAIT)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the training contract')
    answer(json(olivia))
    expect(await screen.findByText('NSW-0020101', {}, WAIT)).toBeInTheDocument()
    expect(screen.queryByText('Loading the training contract')).not.toBeInTheDocument()
  })

  it('offers to try again when the contract cannot be read, and keeps the units', async () => {
    const { bff, user } = openTrainee(
      apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not answering.'),
    )
    const alert = await screen.findByRole('alert', {}, WAIT)
    expect(alert).toHaveTextContent('The training contract could not be loaded')
    expect(alert).toHaveTextContent('VETtrak is not answering.')
    expect(screen.getByRole('table', { name: 'Units of the training contract' })).toBeVisible()
    bff.on('GET /api/employer/trainees/20101', json(olivia))
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('NSW-0020101', {}, WAIT)).toBeInTheDocument()
  })
})

describe('contractStatusLabel', () => {
  it.each([
    ['Active', 'Active'],
    [' Suspended ', 'Suspended'],
    ['3', 'Status not recorded'],
    ['', 'Status not recorded'],
    [undefined, 'Status not recorded'],
  ])('VETtrak’s %j is shown as “%s”', (status, label) => {
    expect(contractStatusLabel(status)).toBe(label)
  })
})
