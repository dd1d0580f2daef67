/**
 * @module
 * The RTO's division tree (RTO → campuses → faculties), which decides what a staff member sees,
 * and the faculty that looks after each course.
 */
import type { SimStore } from '../data/store.ts'
import { addDivision } from './builders.ts'
import { RTO } from './catalogue.ts'

export const DIVISIONS = {
  root: 1,
  sydney: 2,
  newcastle: 3,
  melbourne: 4,
  brisbane: 5,
  sydneyBusiness: 21,
  sydneyHealth: 22,
  sydneyHospitality: 23,
  newcastleConstruction: 31,
  newcastleSafety: 32,
  melbourneHealth: 41,
  melbourneWorkforce: 42,
  brisbaneEarlyChildhood: 51,
  brisbaneBusiness: 52,
} as const

const TREE: ReadonlyArray<readonly [number, string, number?]> = [
  [DIVISIONS.root, RTO.name],
  [DIVISIONS.sydney, 'Sydney campus', DIVISIONS.root],
  [DIVISIONS.newcastle, 'Newcastle campus', DIVISIONS.root],
  [DIVISIONS.melbourne, 'Melbourne campus', DIVISIONS.root],
  [DIVISIONS.brisbane, 'Brisbane campus', DIVISIONS.root],
  [DIVISIONS.sydneyBusiness, 'Business and Leadership', DIVISIONS.sydney],
  [DIVISIONS.sydneyHealth, 'Health and Community Services', DIVISIONS.sydney],
  [DIVISIONS.sydneyHospitality, 'Hospitality and Cookery', DIVISIONS.sydney],
  [DIVISIONS.newcastleConstruction, 'Building and Construction', DIVISIONS.newcastle],
  [DIVISIONS.newcastleSafety, 'Workplace Safety and First Aid', DIVISIONS.newcastle],
  [DIVISIONS.melbourneHealth, 'Health and Community Services', DIVISIONS.melbourne],
  [DIVISIONS.melbourneWorkforce, 'Workforce Solutions', DIVISIONS.melbourne],
  [DIVISIONS.brisbaneEarlyChildhood, 'Early Childhood', DIVISIONS.brisbane],
  [DIVISIONS.brisbaneBusiness, 'Business', DIVISIONS.brisbane],
]

/** Adds the division tree to the store. */
export function seedDivisions(store: SimStore): void {
  for (const [id, name, parentId] of TREE) addDivision(store, { id, name, parentId })
}

/** The faculties, the leaves of the tree, where clients and enrolments sit. */
export const FACULTIES: readonly number[] = TREE.filter(([id]) => id > 10).map(([id]) => id)

/** The campuses, where bulk staff members have their roles. */
export const CAMPUSES: readonly number[] = [
  DIVISIONS.sydney,
  DIVISIONS.newcastle,
  DIVISIONS.melbourne,
  DIVISIONS.brisbane,
]

/** The faculties that teach a course, by training package prefix. */
export function facultiesFor(courseCode: string): readonly number[] {
  if (courseCode.startsWith('BSB') || courseCode.startsWith('TAE')) {
    return [DIVISIONS.sydneyBusiness, DIVISIONS.brisbaneBusiness]
  }
  if (courseCode.startsWith('CHC5') || courseCode.startsWith('CHC30')) {
    return [DIVISIONS.brisbaneEarlyChildhood]
  }
  if (
    courseCode.startsWith('CHC') ||
    courseCode.startsWith('HLT3') ||
    courseCode.startsWith('HLT2')
  ) {
    return [DIVISIONS.sydneyHealth, DIVISIONS.melbourneHealth]
  }
  if (courseCode.startsWith('SIT')) return [DIVISIONS.sydneyHospitality]
  if (courseCode.startsWith('CPC')) return [DIVISIONS.newcastleConstruction]
  return [DIVISIONS.newcastleSafety]
}

/** The campus a faculty belongs to. */
export function campusOf(store: SimStore, divisionId: number): number {
  let division = store.divisions.get(divisionId)
  while (division?.parentId !== undefined && division.parentId !== DIVISIONS.root) {
    division = store.divisions.get(division.parentId)
  }
  return division?.id ?? DIVISIONS.root
}
