import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { describe, expect, it, vi } from 'vitest'
import { eventList, invoicesInWindow } from './record-lists.ts'

const invoice = (id: number, invoiceDate: string, dueDate: string, paid = 0): Vettrak.Invoice => ({
  id,
  invoiceDate,
  dueDate,
  paymentStatus: paid >= 100 ? 2 : 0,
  totalAmount: 100,
  amountPaid: paid,
  items: [],
})

describe('invoicesInWindow', () => {
  const today = '2026-11-16'

  it('asks for ten years back to two ahead of today, and lists newest first, overdue marked', async () => {
    const read = vi.fn(() =>
      Promise.resolve([
        invoice(1, '2026-09-01T00:00:00', '2026-10-01T00:00:00'),
        invoice(2, '2026-11-01T00:00:00', '2026-12-01T00:00:00'),
        invoice(3, '2026-08-01T00:00:00', '2026-09-01T00:00:00', 100),
      ]),
    )
    const { items } = await invoicesInWindow({}, today, read)
    expect(read).toHaveBeenCalledWith({
      startDate: '2016-11-16T00:00:00',
      endDate: '2028-11-16T23:59:59',
    })
    expect(items.map((i) => [i.id, i.overdue])).toEqual([
      [2, false],
      [1, true],
      [3, false],
    ])
  })

  it('asks VETtrak nothing for dates that cannot match', async () => {
    const read = vi.fn(() => Promise.resolve([]))
    expect(await invoicesInWindow({ from: '2029-01-01' }, today, read)).toEqual({ items: [] })
    expect(read).not.toHaveBeenCalled()
  })
})

describe('eventList', () => {
  it('lists events soonest first and leaves out any without a start', () => {
    const event = (id: number, start?: string): Vettrak.Event => ({ id, start, complete: false })
    const events = [event(1, '2026-12-01T09:00:00'), event(2), event(3, '2026-11-20T09:00:00')]
    expect(eventList(events).map((e) => e.id)).toEqual([3, 1])
  })
})
