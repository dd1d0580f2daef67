/**
 * @module
 * Reference data for the seed: Australian names and places, national training package
 * qualifications and units, short courses, AVETMISS outcomes, enrolment statuses and the other
 * code tables an RTO's VETtrak database holds. Values are real or real-looking; VETtrak's own
 * code tables that are not public (enrolment StatusType beyond 0, 1 and 9, award types) are
 * marked as this project's choice.
 */

export type StateCode = 'NSW' | 'VIC' | 'QLD' | 'WA' | 'SA' | 'TAS' | 'ACT' | 'NT'

export interface Suburb {
  readonly name: string
  readonly state: StateCode
  readonly postcode: string
}

export interface UnitDef {
  readonly code: string
  readonly name: string
  /** Nominal hours. */
  readonly hours: number
}

export interface Course {
  readonly code: string
  readonly name: string
  readonly kind: 'qualification' | 'short-course'
  readonly units: readonly UnitDef[]
  /** Typical duration in months (0 for a one-day short course). */
  readonly months: number
  /** Tuition fee in dollars (accredited training is GST-free). */
  readonly fee: number
}

export const GIVEN_NAMES: readonly string[] = [
  'Olivia', 'Jack', 'Charlotte', 'Noah', 'Amelia', 'William', 'Isla', 'Oliver', 'Mia', 'Thomas',
  'Priya', 'Arjun', 'Wei', 'Mei', 'Minh', 'Linh', 'Mohammed', 'Fatima', 'Aisha', 'Omar',
  'Sione', 'Mele', 'Tahlia', 'Jarrah', 'Kirra', 'Lachlan', 'Harper', 'Hamish', 'Siobhan', 'Giulia',
  'Marco', 'Sofia', 'Nikos', 'Eleni', 'Ji-woo', 'Hiroshi', 'Yuki', 'Rahul', 'Ananya', 'Chloe',
  'Liam', 'Zara', 'Ethan', 'Grace', 'Ahmed', 'Leila', 'Daniel', 'Emily', 'Jessica', 'Matthew',
  'Sarah', 'Joshua', 'Hannah', 'Kai', 'Aroha', 'Tane', 'Juan', 'Camila', 'Mateo', 'Bridget',
  'Connor', 'Ruby', 'Zoe', 'Samuel', 'Ngoc', 'Duc', 'Anh', 'Kiran', 'Deepa', 'Tariq',
  'Layla', 'Yusuf', 'Maryam', 'Chen', 'Xin', 'Jun', 'Min-jun', 'Seo-yeon', 'Ravi', 'Sunita',
] // prettier-ignore

export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Nguyen', 'Tran', 'Le', 'Pham',
  'Singh', 'Kaur', 'Patel', 'Sharma', 'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Kim',
  'Park', 'Lee', 'Martin', 'Anderson', 'Thompson', 'White', 'Walker', 'Kelly', 'Ryan', "O'Brien",
  'Murphy', 'Campbell', 'Mitchell', 'Roberts', 'Papadopoulos', 'Nikolaidis', 'Rossi', 'Russo',
  'Ferrari', 'Ahmed', 'Hassan', 'Ali', 'Haddad', 'Khoury', 'Fonoti', 'Tuilagi', 'Watson', 'Clarke',
  'Hughes', 'Stewart', 'MacDonald', 'Fraser', 'Morgan', 'Santos', 'Garcia', 'Kowalski', 'Novak',
  'Yamamoto', 'Sato', 'Gupta', 'Reddy', 'Okafor', 'Mensah', 'Brennan', 'Nakamura', 'Costa',
  'Vo', 'Huynh', 'Dang', 'Iyer', 'Das', 'Rahman', 'Karimi', 'Abdi', 'Jackson', 'Harris',
  'Lewis', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Hill', 'Cooper',
] // prettier-ignore

export const STREET_NAMES: readonly string[] = [
  'George Street', 'Pitt Street', 'Church Street', 'High Street', 'Station Street', 'Victoria Road',
  'King Street', 'Queen Street', 'Elizabeth Street', 'Main Road', 'Park Avenue', 'Railway Parade',
  'Beach Road', 'Smith Street', 'Bridge Road', 'Military Road', 'Pacific Highway', 'Hunter Street',
  'Murray Street', 'Flinders Street', 'Collins Street', 'Ann Street', 'Hay Street', 'Rundle Street',
  'Macquarie Street', 'Bourke Street', 'Swanston Street', 'Gouger Street', 'Mitchell Street',
  'Northbourne Avenue', 'Liverpool Street', 'Sandgate Road', 'Albany Highway', 'Anzac Parade',
] // prettier-ignore

export const SUBURBS: readonly Suburb[] = [
  { name: 'Parramatta', state: 'NSW', postcode: '2150' },
  { name: 'Newtown', state: 'NSW', postcode: '2042' },
  { name: 'Bondi', state: 'NSW', postcode: '2026' },
  { name: 'Chatswood', state: 'NSW', postcode: '2067' },
  { name: 'Penrith', state: 'NSW', postcode: '2750' },
  { name: 'Liverpool', state: 'NSW', postcode: '2170' },
  { name: 'Wollongong', state: 'NSW', postcode: '2500' },
  { name: 'Newcastle', state: 'NSW', postcode: '2300' },
  { name: 'Blacktown', state: 'NSW', postcode: '2148' },
  { name: 'Hurstville', state: 'NSW', postcode: '2220' },
  { name: 'Surry Hills', state: 'NSW', postcode: '2010' },
  { name: 'Maitland', state: 'NSW', postcode: '2320' },
  { name: 'Richmond', state: 'VIC', postcode: '3121' },
  { name: 'Footscray', state: 'VIC', postcode: '3011' },
  { name: 'St Kilda', state: 'VIC', postcode: '3182' },
  { name: 'Box Hill', state: 'VIC', postcode: '3128' },
  { name: 'Geelong', state: 'VIC', postcode: '3220' },
  { name: 'Ballarat', state: 'VIC', postcode: '3350' },
  { name: 'Bendigo', state: 'VIC', postcode: '3550' },
  { name: 'Dandenong', state: 'VIC', postcode: '3175' },
  { name: 'Brunswick', state: 'VIC', postcode: '3056' },
  { name: 'Fortitude Valley', state: 'QLD', postcode: '4006' },
  { name: 'Southport', state: 'QLD', postcode: '4215' },
  { name: 'Toowoomba', state: 'QLD', postcode: '4350' },
  { name: 'Cairns', state: 'QLD', postcode: '4870' },
  { name: 'Townsville', state: 'QLD', postcode: '4810' },
  { name: 'Chermside', state: 'QLD', postcode: '4032' },
  { name: 'Ipswich', state: 'QLD', postcode: '4305' },
  { name: 'Fremantle', state: 'WA', postcode: '6160' },
  { name: 'Joondalup', state: 'WA', postcode: '6027' },
  { name: 'Subiaco', state: 'WA', postcode: '6008' },
  { name: 'Rockingham', state: 'WA', postcode: '6168' },
  { name: 'Bunbury', state: 'WA', postcode: '6230' },
  { name: 'Glenelg', state: 'SA', postcode: '5045' },
  { name: 'Norwood', state: 'SA', postcode: '5067' },
  { name: 'Elizabeth', state: 'SA', postcode: '5112' },
  { name: 'Mount Gambier', state: 'SA', postcode: '5290' },
  { name: 'Hobart', state: 'TAS', postcode: '7000' },
  { name: 'Launceston', state: 'TAS', postcode: '7250' },
  { name: 'Devonport', state: 'TAS', postcode: '7310' },
  { name: 'Belconnen', state: 'ACT', postcode: '2617' },
  { name: 'Gungahlin', state: 'ACT', postcode: '2912' },
  { name: 'Darwin', state: 'NT', postcode: '0800' },
  { name: 'Palmerston', state: 'NT', postcode: '0830' },
  { name: 'Alice Springs', state: 'NT', postcode: '0870' },
]

const u = (code: string, name: string, hours: number): UnitDef => ({ code, name, hours })

const qualification = (
  code: string,
  name: string,
  months: number,
  fee: number,
  units: UnitDef[],
): Course => ({ code, name, kind: 'qualification', units, months, fee })

const shortCourse = (unit: UnitDef, fee: number): Course => ({
  code: unit.code,
  name: unit.name,
  kind: 'short-course',
  units: [unit],
  months: 0,
  fee,
})

export const QUALIFICATIONS = {
  BSB50420: qualification('BSB50420', 'Diploma of Leadership and Management', 12, 2900, [
    u('BSBCMM511', 'Communicate with influence', 40),
    u('BSBCRT511', 'Develop critical thinking in others', 40),
    u('BSBLDR522', 'Manage people performance', 50),
    u('BSBLDR523', 'Lead and manage effective workplace relationships', 50),
    u('BSBOPS502', 'Manage business operational plans', 60),
    u('BSBPEF502', 'Develop and use emotional intelligence', 40),
    u('BSBTWK502', 'Manage team effectiveness', 50),
    u('BSBSTR502', 'Facilitate continuous improvement', 40),
    u('BSBFIN501', 'Manage budgets and financial plans', 50),
    u('BSBWHS521', 'Ensure a safe workplace for a work area', 40),
  ]),
  BSB40120: qualification('BSB40120', 'Certificate IV in Business', 12, 2200, [
    u('BSBCRT411', 'Apply critical thinking to work practices', 40),
    u('BSBTWK401', 'Build and maintain business relationships', 40),
    u('BSBWHS411', 'Implement and monitor WHS policies, procedures and programs', 50),
    u('BSBXCM401', 'Apply communication strategies in the workplace', 40),
    u('BSBSUS411', 'Implement and monitor environmentally sustainable work practices', 30),
    u('BSBOPS403', 'Apply business risk management processes', 40),
    u('BSBPEF402', 'Develop personal work priorities', 30),
    u('BSBTEC404', 'Use digital technologies to collaborate in a work environment', 30),
    u('BSBXTW401', 'Lead and facilitate a team', 40),
  ]),
  BSB30120: qualification('BSB30120', 'Certificate III in Business', 12, 1800, [
    u('BSBCRT311', 'Apply critical thinking skills in a team environment', 30),
    u('BSBPEF301', 'Organise personal work priorities', 30),
    u('BSBSUS211', 'Participate in sustainable work practices', 20),
    u('BSBTWK301', 'Use inclusive work practices', 30),
    u('BSBWHS311', 'Assist with maintaining workplace safety', 30),
    u('BSBXCM301', 'Engage in workplace communication', 30),
    u('BSBTEC301', 'Design and produce business documents', 40),
    u('BSBINS302', 'Organise workplace information', 30),
    u('BSBOPS304', 'Deliver and monitor a service to customers', 30),
  ]),
  CHC33021: qualification('CHC33021', 'Certificate III in Individual Support', 12, 1500, [
    u('CHCCCS031', 'Provide individualised support', 60),
    u('CHCCCS038', 'Facilitate the empowerment of people receiving support', 40),
    u('CHCCCS040', 'Support independence and wellbeing', 40),
    u('CHCCCS041', 'Recognise healthy body systems', 30),
    u('CHCCOM005', 'Communicate and work in health or community services', 30),
    u('CHCDIV001', 'Work with diverse people', 40),
    u('CHCLEG001', 'Work legally and ethically', 40),
    u('HLTINF006', 'Apply basic principles and practices of infection prevention and control', 20),
    u('HLTWHS002', 'Follow safe work practices for direct client care', 25),
    u('CHCAGE011', 'Provide support to people living with dementia', 40),
    u('CHCAGE013', 'Work effectively in aged care', 30),
  ]),
  CHC30121: qualification(
    'CHC30121',
    'Certificate III in Early Childhood Education and Care',
    12,
    1700,
    [
      u('CHCECE030', 'Support inclusion and diversity', 40),
      u('CHCECE031', "Support children's health, safety and wellbeing", 50),
      u('CHCECE032', 'Nurture babies and toddlers', 50),
      u('CHCECE033', 'Develop positive and respectful relationships with children', 40),
      u('CHCECE034', 'Use an approved learning framework to guide practice', 40),
      u('CHCECE035', 'Support the holistic learning and development of children', 50),
      u('CHCECE038', 'Observe children to inform practice', 40),
      u('CHCPRT001', 'Identify and respond to children and young people at risk', 30),
      u('HLTAID012', 'Provide First Aid in an education and care setting', 24),
      u('HLTWHS001', 'Participate in workplace health and safety', 20),
    ],
  ),
  CHC50121: qualification('CHC50121', 'Diploma of Early Childhood Education and Care', 18, 3400, [
    u('CHCECE041', 'Maintain a safe and healthy environment for children', 50),
    u('CHCECE042', 'Foster holistic early childhood learning, development and wellbeing', 60),
    u('CHCECE043', 'Nurture creativity in children', 40),
    u('CHCECE044', 'Facilitate compliance in an education and care service', 50),
    u('CHCECE045', 'Foster positive and respectful interactions with children', 40),
    u('CHCECE046', 'Implement strategies for the inclusion of all children', 40),
    u('CHCECE047', "Analyse information to inform children's learning", 50),
    u('CHCECE048', "Plan and implement children's education and care curriculum", 60),
    u('CHCECE049', 'Embed environmental responsibility in service operations', 30),
    u('CHCECE050', "Work in partnership with children's families", 40),
    u('BSBTWK502', 'Manage team effectiveness', 50),
  ]),
  SIT30821: qualification('SIT30821', 'Certificate III in Commercial Cookery', 18, 3100, [
    u('SITHCCC023', 'Use food preparation equipment', 30),
    u('SITHCCC027', 'Prepare dishes using basic methods of cookery', 60),
    u('SITHCCC028', 'Prepare appetisers and salads', 30),
    u('SITHCCC029', 'Prepare stocks, sauces and soups', 40),
    u('SITHCCC030', 'Prepare vegetable, fruit, egg and farinaceous dishes', 50),
    u('SITHCCC031', 'Prepare vegetarian and vegan dishes', 30),
    u('SITHKOP009', 'Clean kitchen premises and equipment', 20),
    u('SITXFSA005', 'Use hygienic practices for food safety', 15),
    u('SITXFSA006', 'Participate in safe food handling practices', 25),
    u('SITXWHS005', 'Participate in safe work practices', 20),
    u('SITHPAT016', 'Produce desserts', 50),
  ]),
  CPC30220: qualification('CPC30220', 'Certificate III in Carpentry', 36, 4200, [
    u('CPCCCA2002', 'Use carpentry tools and equipment', 40),
    u('CPCCCA2011', 'Handle carpentry materials', 20),
    u('CPCCCA3001', 'Carry out general demolition of minor building structures', 30),
    u('CPCCCA3002', 'Carry out setting out', 40),
    u('CPCCCA3003', 'Install flooring systems', 40),
    u('CPCCCA3004', 'Construct and erect wall frames', 60),
    u('CPCCCA3005', 'Construct ceiling frames', 40),
    u('CPCCCA3010', 'Install windows and doors', 40),
    u(
      'CPCCWHS2001',
      'Apply WHS requirements, policies and procedures in the construction industry',
      20,
    ),
    u('CPCCCM2012', 'Work safely at heights', 16),
  ]),
  HLT33115: qualification('HLT33115', 'Certificate III in Health Services Assistance', 12, 1600, [
    u('HLTINF001', 'Comply with infection prevention and control policies and procedures', 25),
    u('HLTWHS002', 'Follow safe work practices for direct client care', 25),
    u('BSBMED301', 'Interpret and apply medical terminology appropriately', 40),
    u('CHCCOM005', 'Communicate and work in health or community services', 30),
    u('CHCDIV001', 'Work with diverse people', 40),
    u('HLTAAP001', 'Recognise healthy body systems', 40),
    u('CHCLEG001', 'Work legally and ethically', 40),
    u('HLTAID011', 'Provide First Aid', 18),
  ]),
  HLT23221: qualification('HLT23221', 'Certificate II in Health Support Services', 6, 900, [
    u('CHCCOM005', 'Communicate and work in health or community services', 30),
    u('CHCDIV001', 'Work with diverse people', 40),
    u('HLTINF006', 'Apply basic principles and practices of infection prevention and control', 20),
    u('HLTWHS001', 'Participate in workplace health and safety', 20),
    u('BSBWHS311', 'Assist with maintaining workplace safety', 30),
    u('BSBPEF301', 'Organise personal work priorities', 30),
  ]),
  TAE40116: qualification('TAE40116', 'Certificate IV in Training and Assessment', 9, 2600, [
    u('TAEASS401', 'Plan assessment activities and processes', 40),
    u('TAEASS402', 'Assess competence', 40),
    u('TAEASS403', 'Participate in assessment validation', 30),
    u('TAEASS502', 'Design and develop assessment tools', 50),
    u('TAEDEL401', 'Plan, organise and deliver group-based learning', 50),
    u('TAEDEL402', 'Plan, organise and facilitate learning in the workplace', 50),
    u('TAEDES401', 'Design and develop learning programs', 50),
    u('TAEDES402', 'Use training packages and accredited courses to meet client needs', 40),
    u('TAELLN411', 'Address adult language, literacy and numeracy skills', 30),
  ]),
} as const satisfies Record<string, Course>

export const SHORT_COURSES = {
  HLTAID011: shortCourse(u('HLTAID011', 'Provide First Aid', 18), 149),
  HLTAID009: shortCourse(u('HLTAID009', 'Provide cardiopulmonary resuscitation', 4), 65),
  HLTAID010: shortCourse(u('HLTAID010', 'Provide basic emergency life support', 12), 99),
  HLTAID012: shortCourse(
    u('HLTAID012', 'Provide First Aid in an education and care setting', 24),
    179,
  ),
  RIIWHS204E: shortCourse(u('RIIWHS204E', 'Work safely at heights', 8), 245),
  CPCWHS1001: shortCourse(
    u('CPCWHS1001', 'Prepare to work safely in the construction industry', 6),
    110,
  ),
  TLILIC0003: shortCourse(u('TLILIC0003', 'Licence to operate a forklift truck', 24), 495),
  SITHFAB021: shortCourse(u('SITHFAB021', 'Provide responsible service of alcohol', 4), 60),
  SITXFSA005: shortCourse(u('SITXFSA005', 'Use hygienic practices for food safety', 6), 90),
} as const satisfies Record<string, Course>

export const ALL_QUALIFICATIONS: readonly Course[] = Object.values(QUALIFICATIONS)
export const ALL_SHORT_COURSES: readonly Course[] = Object.values(SHORT_COURSES)

export interface Outcome {
  /** The AVETMISS outcome identifier (TEnun.ResultCode). */
  readonly code: string
  /** The outcome name (TEnun.Result). */
  readonly name: string
}

/** AVETMISS outcome identifiers, national. */
export const OUTCOMES = {
  competent: { code: '20', name: 'Competency achieved/pass' },
  notCompetent: { code: '30', name: 'Competency not achieved/fail' },
  withdrawn: { code: '40', name: 'Withdrawn' },
  rpl: { code: '51', name: 'Recognition of prior learning granted' },
  creditTransfer: { code: '60', name: 'Credit transfer' },
  continuing: { code: '70', name: 'Continuing enrolment' },
  nonAssessable: { code: '81', name: 'Non-assessable enrolment - satisfactorily completed' },
  notYetStarted: { code: '85', name: 'Not yet started' },
} as const satisfies Record<string, Outcome>

export interface EnrolmentStatus {
  readonly name: string
  readonly type: number
}

/** Enrolment statuses. 0, 1 and 9 are documented; the other StatusType values are this project's choice. */
export const ENROLMENT_STATUSES = {
  active: { name: 'Active', type: 0 },
  completed: { name: 'Completed', type: 1 },
  withdrawn: { name: 'Withdrawn', type: 2 },
  cancelled: { name: 'Cancelled', type: 3 },
  deferred: { name: 'Deferred', type: 4 },
  preReportingWithdrawal: { name: 'Pre-Reporting Withdrawal', type: 9 },
} as const satisfies Record<string, EnrolmentStatus>

export const CONTRACT_STATUSES = {
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
  suspended: 'Suspended',
} as const

/** Delivery modes, first is the primary. */
export const DELIVERY_MODES = {
  internal: 'Internal delivery',
  external: 'External delivery',
  workplace: 'Workplace-based',
} as const

export interface Location {
  readonly code: string
  readonly name: string
  readonly state: StateCode
  /** Where it is: empty for the learner's own workplace, which is no one place. */
  readonly street: string
  readonly suburb: string
  readonly postcode: string
}

export const LOCATIONS: readonly Location[] = [
  { code: 'SYD-CBD', name: 'Sydney CBD campus', state: 'NSW', street: '120 Pitt Street', suburb: 'Sydney', postcode: '2000' },
  { code: 'PAR-WST', name: 'Parramatta campus', state: 'NSW', street: '44 Macquarie Street', suburb: 'Parramatta', postcode: '2150' },
  { code: 'NCL-HUN', name: 'Newcastle campus', state: 'NSW', street: '9 Hunter Street', suburb: 'Newcastle', postcode: '2300' },
  { code: 'MEL-CBD', name: 'Melbourne CBD campus', state: 'VIC', street: '210 Flinders Lane', suburb: 'Melbourne', postcode: '3000' },
  { code: 'BNE-CBD', name: 'Brisbane campus', state: 'QLD', street: '77 Adelaide Street', suburb: 'Brisbane City', postcode: '4000' },
  { code: 'PER-CBD', name: 'Perth campus', state: 'WA', street: '15 Murray Street', suburb: 'Perth', postcode: '6000' },
  { code: 'ADL-CBD', name: 'Adelaide campus', state: 'SA', street: '31 Grenfell Street', suburb: 'Adelaide', postcode: '5000' },
  { code: 'WORKPLACE', name: "At the learner's workplace", state: 'NSW', street: '', suburb: '', postcode: '' },
] // prettier-ignore

export const ENROLMENT_TYPES = {
  funded: { name: 'Government funded', code: 'GF' },
  feeForService: { name: 'Fee for service', code: 'FFS' },
  traineeship: { name: 'Traineeship', code: 'TRN' },
  shortCourse: { name: 'Short course', code: 'SC' },
} as const

export const CONTRACT_TYPES = {
  traineeship: { name: 'Traineeship', code: 'T' },
  apprenticeship: { name: 'Apprenticeship', code: 'A' },
} as const

/** Client event names (TEven.EventName must come from the database's event types). */
export const CLIENT_EVENT_NAMES = {
  induction: 'Induction',
  assessmentDue: 'Assessment due',
  workplaceVisit: 'Workplace visit',
  classSession: 'Class',
  trainingPlanReview: 'Training plan review',
} as const

export const EMPLOYER_EVENT_NAMES = {
  siteVisit: 'Employer site visit',
  trainingPlanSignOff: 'Training plan sign-off',
  signUp: 'Traineeship sign-up',
  progressMeeting: 'Progress meeting',
  traineeVisit: 'Trainee workplace visit',
} as const

export const STAFF_ROLES = {
  trainer: 'Trainer',
  assessor: 'Assessor',
  trainerAssessor: 'Trainer and Assessor',
} as const

export const AWARD_TYPES = {
  qualification: { type: 'Q', name: 'Qualification', code: 'Q' },
  statement: { type: 'SOA', name: 'Statement of Attainment', code: 'S' },
} as const

export interface AnzsicClass {
  readonly code: string
  readonly name: string
}

/** ANZSIC 2006 classes. */
export const ANZSIC = {
  hospitals: { code: '8401', name: 'Hospitals (except Psychiatric Hospitals)' },
  agedCare: { code: '8601', name: 'Aged Care Residential Services' },
  childCare: { code: '8710', name: 'Child Care Services' },
  cafes: { code: '4511', name: 'Cafes and Restaurants' },
  houseConstruction: { code: '3011', name: 'House Construction' },
  nonResidentialConstruction: { code: '3020', name: 'Non-Residential Building Construction' },
  roadFreight: { code: '4610', name: 'Road Freight Transport' },
  warehousing: { code: '5309', name: 'Other Warehousing and Storage Services' },
  consulting: { code: '6962', name: 'Management Advice and Related Consulting Services' },
  vocationalEducation: { code: '8101', name: 'Technical and Vocational Education and Training' },
  generalPractice: { code: '8511', name: 'General Practice Medical Services' },
} as const satisfies Record<string, AnzsicClass>

export const POSITIONS: readonly string[] = [
  'Administration Officer', 'Customer Service Officer', 'Team Leader', 'Support Worker',
  'Warehouse Operator', 'Cook', 'Apprentice Carpenter', 'Educator', 'Assistant in Nursing',
  'Ward Clerk', 'Operations Coordinator', 'Site Supervisor', 'Trainee', 'Personal Care Assistant',
] // prettier-ignore

/** Business-name parts for generated employers. */
export const EMPLOYER_NAME_PARTS = {
  first: [
    'Coastal', 'Southern Cross', 'Blue Gum', 'Redgum', 'Harbourside', 'Pacific', 'Outback',
    'Riverina', 'Bayside', 'Summit', 'Wattle', 'Eastern', 'Northern Star', 'Ironbark', 'Seaview',
  ],
  trade: [
    ['Aged Care', ANZSIC.agedCare], ['Early Learning', ANZSIC.childCare], ['Kitchens', ANZSIC.cafes],
    ['Homes', ANZSIC.houseConstruction], ['Constructions', ANZSIC.nonResidentialConstruction],
    ['Freight', ANZSIC.roadFreight], ['Storage', ANZSIC.warehousing], ['Consulting', ANZSIC.consulting],
    ['Medical Centre', ANZSIC.generalPractice],
  ] as ReadonlyArray<readonly [string, AnzsicClass]>,
  suffix: ['Pty Ltd', 'Group', 'Services', 'Co-operative'],
} // prettier-ignore

/** The RTO the demo database belongs to. */
export const RTO = {
  name: 'Coastal Skills Institute',
  organisationId: 1,
} as const
