import {
  BRIBERY,
  CHILD_LABOUR,
  DEBT_BONDAGE,
  FORCED_LABOUR,
  MONEY_LAUNDERING,
  RAPE,
  TRAFFICKING,
  UNLAWFUL_DETENTION,
} from './elements.ts';
import { cite, type Offence } from './types.ts';

// Cambodia. Every citation is as commonly cited and marked `verify`: a Cambodian lawyer checks it against the
// current text before a charge is laid on it. Where the number is not given, it is to be found in that text.

const LSHT = 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)';
const LL = 'Labour Law (1997)';
const CC = 'Criminal Code (2009)';

export const KH: readonly Offence[] = [
  {
    code: 'KH-LSHT-10',
    country: 'KH',
    category: 'trafficking',
    title: 'Unlawful removal of a person for exploitation',
    citation: cite(LSHT, 'art. 10'),
    victims: 'any',
    elements: TRAFFICKING,
    notes: [
      'The law speaks of "unlawful removal" (by deception, abuse of power, confinement, force, threat or coercion); the selling, buying or exchange of a person is an offence of its own in the same law.',
      'For a minor removed without the guardian’s consent the means need not be proven.',
    ],
  },
  {
    code: 'KH-LL-15',
    country: 'KH',
    category: 'forced_labour',
    title: 'Forced or compulsory labour',
    citation: cite(LL, 'art. 15'),
    victims: 'any',
    elements: FORCED_LABOUR,
    notes: [],
  },
  {
    code: 'KH-LL-16',
    country: 'KH',
    category: 'debt_bondage',
    title: 'Hiring a person to work off a debt',
    citation: cite(LL, 'art. 16'),
    victims: 'any',
    elements: DEBT_BONDAGE,
    notes: [],
  },
  {
    code: 'KH-CC-239',
    country: 'KH',
    category: 'rape',
    title: 'Rape',
    citation: cite(CC, 'art. 239'),
    victims: 'any',
    elements: RAPE,
    notes: [],
  },
  {
    code: 'KH-CC-253',
    country: 'KH',
    category: 'kidnapping_or_unlawful_detention',
    title: 'Unlawful arrest, detention or confinement',
    citation: cite(CC, 'art. 253'),
    victims: 'any',
    elements: UNLAWFUL_DETENTION,
    notes: [],
  },
  {
    code: 'KH-AML',
    country: 'KH',
    category: 'money_laundering',
    title: 'Money laundering',
    citation: cite('Law on Anti-Money Laundering and Combating the Financing of Terrorism (2020)', null),
    victims: 'any',
    elements: MONEY_LAUNDERING,
    notes: ['Replaced the 2007 law: confirm which applies to the dates of the acts.'],
  },
  {
    code: 'KH-ACL',
    country: 'KH',
    category: 'corruption',
    title: 'Bribery of a public official',
    citation: cite('Anti-Corruption Law (2010)', null),
    victims: 'any',
    elements: BRIBERY,
    notes: ['Investigated by the Anti-Corruption Unit.'],
  },
  {
    code: 'KH-LL-177',
    country: 'KH',
    category: 'labour_law',
    title: 'Employing a child under the minimum age',
    citation: cite(LL, 'art. 177'),
    victims: 'children',
    elements: CHILD_LABOUR,
    notes: ['The minimum age is 15; hazardous work 18.'],
  },
];
