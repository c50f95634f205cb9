/**
 * A story-local copy of the bundled brief with a record since the brief: a status for 13
 * of its 16 actions (state, date, a short note, sources), from the project's fact file,
 * and `record: { asOf: '2026-12-01', by: 'public-sources' }`. The bundled brief gets its
 * own record from the data module; until then the stories show the checklist with this one.
 * Counts: 7 adopted · 5 in progress · 1 not adopted · 3 no record.
 */
import { usMexico2022 } from '../src/data/index.js';
import type { ActionStatus, Brief, Source } from '../src/data/index.js';

type Status = Omit<ActionStatus, 'sourceIds'> & { sources: Omit<Source, 'confidence'>[] };

const statuses: Record<string, Status> = {
  'rec-1-a': {
    state: 'adopted',
    date: '2025-01-20',
    note: 'The Trump administration ordered Remain in Mexico resumed on January 20, 2025 and restarted border-wall construction, with contracts from March 2025. Mexico said it had not agreed to host non-Mexican asylum seekers.',
    sources: [
      {
        id: 'story-immpolicy-mpp-2025',
        title: 'EO 14165 § 6 directs DHS, DOS, and DOJ to resume the Migrant Protection Protocols',
        publisher: 'Immigration Policy Tracking Project',
        url: 'https://immpolicytracking.org/policies/eo-securing-our-borders-6-directs-dhs-dos-and-doj-to-resume-migrant-protection-protocols',
      },
      {
        id: 'story-reuters-mpp-2025',
        title: 'Trump administration says it is reinstating ‘remain in Mexico’ program',
        publisher: 'Investing.com',
        producer: 'Reuters',
        url: 'https://investing.com/news/world-news/trump-administration-reinstating-remain-in-mexico-program-3823039',
        date: '2025-01-21',
      },
    ],
  },
  'rec-1-b': {
    state: 'in-progress',
    date: '2024-04-20',
    note: 'House Speaker Johnson tied the Administration’s Ukraine aid request to border-law changes in December 2023; the House passed the aid package on April 20, 2024 without border provisions.',
    sources: [
      {
        id: 'story-abc-aid-2024',
        title: 'House approves $95 billion in aid to Ukraine, Israel and Taiwan',
        publisher: 'ABC News',
        url: 'https://abcnews.go.com/Politics/house-vote-foreign-aid-bills-ukraine-israel/story?id=109429499',
        date: '2024-04-20',
      },
    ],
  },
  'rec-1-c': {
    state: 'adopted',
    date: '2025-02-25',
    note: 'Texas kept expanding Operation Lone Star; Arizona sent its National Guard to the border in December 2023 and launched Operation Desert Guardian on February 25, 2025.',
    sources: [
      {
        id: 'story-az-desert-guardian-2025',
        title:
          'Governor Katie Hobbs Signs Executive Order to Secure the Border with Operation Desert Guardian',
        publisher: 'Office of the Arizona Governor',
        url: 'https://azgovernor.gov/node/6437',
        date: '2025-02-25',
      },
    ],
  },
  'rec-1-d': {
    state: 'adopted',
    date: '2024-02-13',
    note: 'The Republican House held border hearings, subpoenaed DHS records and impeached Secretary Mayorkas on February 13, 2024; the Senate dismissed the articles on April 17, 2024.',
    sources: [
      {
        id: 'story-axios-mayorkas-2024',
        title: 'The House impeached Mayorkas',
        publisher: 'Axios',
        url: 'https://www.axios.com/2024/02/14/mayorkas-cabinet-secretary-impeached',
        date: '2024-02-14',
      },
    ],
  },
  'rec-2-a': {
    state: 'in-progress',
    date: '2024-12-20',
    note: 'USTR requested USMCA consultations on Mexico’s energy policies on July 20, 2022; no panel followed. USTR won the panel on genetically modified corn on December 20, 2024.',
    sources: [
      {
        id: 'story-ustr-energy-2022',
        title: 'United States Requests Consultations Under the USMCA Over Mexico’s Energy Policies',
        publisher: 'USTR',
        url: 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2022/july/what-they-are-saying-united-states-requests-consultations-under-usmca-over-mexicos-energy-policies',
        date: '2022-07-20',
      },
    ],
  },
  'rec-2-b': {
    state: 'adopted',
    date: '2024-09-04',
    note: 'A bipartisan House group warned USTR on September 4, 2024 that Mexico’s actions would make the USMCA review harder. On July 1, 2026 the United States declined to renew the agreement unchanged.',
    sources: [
      {
        id: 'story-smith-letter-2024',
        title: 'Smith, Colleagues Send Letter to USTR on Mexico’s USMCA Obligations',
        publisher: 'PublicNow',
        producer: 'Office of Rep. Adrian Smith',
        url: 'https://publicnow.com/view/A55479B20CD66C042BFF8E86F404C61E1C2352EA',
        date: '2024-09-05',
      },
    ],
  },
  'rec-3-a': {
    state: 'adopted',
    date: '2024-08-22',
    note: 'The State Department backed independent electoral institutions during Mexico’s 2023 electoral overhaul; on August 22, 2024 Ambassador Salazar called the direct election of judges a major risk to Mexican democracy.',
    sources: [
      {
        id: 'story-elpais-salazar-2024',
        title: 'US ambassador reaffirms criticism of Mexico’s judicial reform',
        publisher: 'EL PAÍS English',
        url: 'https://english.elpais.com/international/2024-09-04/us-ambassador-reaffirms-criticism-of-mexicos-judicial-reform-if-it-is-not-done-well-it-can-cause-a-lot-of-damage.html',
        date: '2024-09-04',
      },
    ],
  },
  'rec-3-c': {
    state: 'in-progress',
    date: '2025-06-25',
    note: 'The State Department’s 2023 human-rights report cited serious government corruption in Mexico. On June 25, 2025 FinCEN barred transfers with three Mexican financial firms over cartel money laundering.',
    sources: [
      {
        id: 'story-natlaw-fincen-2025',
        title: 'FinCEN’s Cartel Crackdown on Three Mexican Financial Institutions',
        publisher: 'National Law Review',
        url: 'https://natlawreview.com/article/fincens-cartel-crackdown-three-mexican-financial-institutions-implications-us',
        date: '2025-06-26',
      },
    ],
  },
  'rec-4-a': {
    state: 'in-progress',
    date: '2026-02-20',
    note: 'Biden and Xi agreed to curb fentanyl precursor exports in November 2023. In 2025 the U.S. designated six Mexican cartels as terrorist organizations and imposed fentanyl tariffs, which the Supreme Court struck down on February 20, 2026.',
    sources: [
      {
        id: 'story-dorsey-scotus-2026',
        title: 'Feb. 20 Supreme Court Update',
        publisher: 'Dorsey & Whitney',
        url: 'https://www.dorsey.com/newsresources/publications/client-alerts/2026/2/feb-20-supreme-court-update',
        date: '2026-02-20',
      },
    ],
  },
  'rec-4-b': {
    state: 'in-progress',
    date: '2025-09-03',
    note: 'High-level security dialogues carried the Bicentennial Framework through 2022 and 2023. On September 3, 2025 the two governments announced a new security-cooperation group.',
    sources: [
      {
        id: 'story-mnd-security-group-2025',
        title: 'Sheinbaum and Rubio announce establishment of new bilateral security group',
        publisher: 'Mexico News Daily',
        url: 'https://mexiconewsdaily.com/politics/sheinbaum-rubio-announce-establishment-bilateral-security-group/',
        date: '2025-09-03',
      },
    ],
  },
  'rec-4-d': {
    state: 'adopted',
    date: '2024-05-07',
    note: 'Congress held hearings on security cooperation with Mexico and on the DEA in 2023 and 2024, and GAO reviewed U.S. assistance to Mexico in September 2023.',
    sources: [
      {
        id: 'story-gao-mexico-2023',
        title: 'U.S. Assistance to Mexico: State Department Should Take Steps to Assess Overall Progress',
        publisher: 'GAO',
        url: 'https://www.gao.gov/products/gao-23-103795',
        date: '2023-09-12',
      },
    ],
  },
  'rec-6-a': {
    state: 'not-adopted',
    date: '2022-07-12',
    note: 'The meeting went ahead: President Biden hosted President López Obrador at the White House on July 12, 2022, as announced on June 28, 2022.',
    sources: [
      {
        id: 'story-ap-amlo-meeting-2022',
        title: 'Biden to meet next month with Mexico’s president',
        publisher: 'The Independent',
        producer: 'AP',
        url: 'https://www.independent.co.uk/news/world/americas/us-politics/andres-manuel-lopez-obrador-ap-biden-mexico-white-house-b2111486.html',
        date: '2022-06-28',
      },
    ],
  },
  'rec-5-a': {
    state: 'adopted',
    date: '2024-07-16',
    note: 'Bipartisan congressional delegations met Mexico’s president in March 2023, January 2024 and July 2024, when they also met President-elect Sheinbaum.',
    sources: [
      {
        id: 'story-cuellar-codel-2024',
        title: 'Rep. Cuellar and Colleagues Visit Mexico on Bipartisan Congressional Delegation',
        publisher: 'Office of Rep. Cuellar',
        url: 'https://cuellar.house.gov/news/documentsingle.aspx?DocumentID=409026',
        date: '2024-01-25',
      },
    ],
  },
};

/** The bundled brief (under `version`, so a story's ticks stay apart) with the record above. */
export function recordedBrief(version = 'story-record'): Brief {
  const brief = structuredClone(usMexico2022);
  brief.version = version;
  brief.record = { asOf: '2026-12-01', by: 'public-sources' };
  for (const recommendation of brief.recommendations) {
    for (const action of recommendation.actions) {
      const status = statuses[action.id];
      delete action.status;
      if (!status) continue;
      const { sources, ...rest } = status;
      for (const source of sources) brief.sources.push({ ...source, confidence: 'high' });
      action.status = { ...rest, sourceIds: sources.map((source) => source.id) };
    }
  }
  return brief;
}
