import type { AgencyType, Role } from '@schakel/domain';

/**
 * The demo region: clearly fictional agencies in the fictional town "Demostad", with at least
 * one user for every persona of the domain brief. All demo users share one documented password.
 */
export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

export const DEMO_REGION = { code: 'demo', name: 'Zorg- en Veiligheidshuis Demo-regio' } as const;

export interface DemoAgency {
  key: string;
  name: string;
  type: AgencyType;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { key: 'zvh', name: 'Zorg- en Veiligheidshuis Demo-regio', type: 'ZVH' },
  { key: 'gemeente', name: 'Gemeente Demostad', type: 'MUNICIPALITY' },
  { key: 'wijkteam', name: 'Wijkteam Demostad-Noord', type: 'MUNICIPALITY' },
  { key: 'politie', name: 'Politie basisteam Demostad', type: 'POLICE' },
  { key: 'reclassering', name: 'Reclassering Nederland, unit Demo-regio', type: 'PROBATION' },
  { key: 'ggz', name: 'GGZ Demoland', type: 'CARE' },
  { key: 'om', name: 'Openbaar Ministerie, arrondissement Demo', type: 'PUBLIC_PROSECUTOR' },
  { key: 'veiligthuis', name: 'Veilig Thuis Demo-regio', type: 'CARE' },
  { key: 'woningcorporatie', name: 'Woonstichting Demohuis', type: 'HOUSING' },
  { key: 'exodus', name: 'Exodus Demo-regio', type: 'VOLUNTEER' },
];

export interface DemoUser {
  email: string;
  displayName: string;
  agency: string;
  roles: Role[];
  persona: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'procesregisseur@zvh.demo.example',
    displayName: 'Sanne Visser',
    agency: 'zvh',
    roles: ['MEMBER', 'PROCESREGISSEUR'],
    persona: 'procesregisseur (ZVH)',
  },
  {
    email: 'wijkteam@demostad.demo.example',
    displayName: 'Daan Bakker',
    agency: 'wijkteam',
    roles: ['MEMBER'],
    persona: 'wijkteam professional',
  },
  {
    email: 'gemeente@demostad.demo.example',
    displayName: 'Fleur Smit',
    agency: 'gemeente',
    roles: ['MEMBER'],
    persona: 'municipal professional (casusregisseur)',
  },
  {
    email: 'wijkagent@politie.demo.example',
    displayName: 'Jeroen de Vries',
    agency: 'politie',
    roles: ['MEMBER'],
    persona: 'wijkagent / police officer',
  },
  {
    email: 'reclassering@reclassering.demo.example',
    displayName: 'Esra Yilmaz',
    agency: 'reclassering',
    roles: ['MEMBER'],
    persona: 'probation officer',
  },
  {
    email: 'ggz@ggz.demo.example',
    displayName: 'Noor Jansen',
    agency: 'ggz',
    roles: ['MEMBER'],
    persona: 'care professional (GGZ)',
  },
  {
    email: 'veiligthuis@veiligthuis.demo.example',
    displayName: 'Lotte Mulder',
    agency: 'veiligthuis',
    roles: ['MEMBER'],
    persona: 'care professional (Veilig Thuis)',
  },
  {
    email: 'om@om.demo.example',
    displayName: 'Bram Hendriks',
    agency: 'om',
    roles: ['MEMBER'],
    persona: 'public prosecutor (OM)',
  },
  {
    email: 'woningcorporatie@demohuis.demo.example',
    displayName: 'Sem de Boer',
    agency: 'woningcorporatie',
    roles: ['MEMBER'],
    persona: 'housing corporation',
  },
  {
    email: 'exodus@exodus.demo.example',
    displayName: 'Ruth Meijer',
    agency: 'exodus',
    roles: ['MEMBER'],
    persona: 'volunteer coordinator',
  },
  {
    email: 'privacy@zvh.demo.example',
    displayName: 'Femke van Dijk',
    agency: 'zvh',
    roles: ['PRIVACY_OFFICER'],
    persona: 'privacy officer (FG / contactpunt)',
  },
  {
    email: 'beheer@zvh.demo.example',
    displayName: 'Kees Vermeulen',
    agency: 'zvh',
    roles: ['FUNCTIONAL_ADMIN'],
    persona: 'functional administrator',
  },
  {
    email: 'beheer@politie.demo.example',
    displayName: 'Anouk Peters',
    agency: 'politie',
    roles: ['AGENCY_ADMIN'],
    persona: 'agency administrator (police)',
  },
  // Each partner answers for its own data in a data-subject request: its privacy contact
  // reviews and releases the agency's part (never the contactpunt's role as well).
  {
    email: 'privacy@politie.demo.example',
    displayName: 'Mirjam Kok',
    agency: 'politie',
    roles: ['PRIVACY_CONTACT'],
    persona: 'privacy contact (police)',
  },
  {
    email: 'privacy@ggz.demo.example',
    displayName: 'Hanna de Wit',
    agency: 'ggz',
    roles: ['PRIVACY_CONTACT'],
    persona: 'privacy contact (GGZ)',
  },
  {
    email: 'privacy@wijkteam.demo.example',
    displayName: 'Yusuf Aydin',
    agency: 'wijkteam',
    roles: ['PRIVACY_CONTACT'],
    persona: 'privacy contact (wijkteam)',
  },
];
