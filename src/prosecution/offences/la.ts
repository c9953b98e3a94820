import {
  BRIBERY,
  CHILD_LABOUR,
  FORCED_LABOUR,
  MONEY_LAUNDERING,
  RAPE,
  TRAFFICKING,
  UNLAWFUL_DETENTION,
} from './elements.ts';
import { cite, type Offence } from './types.ts';

// Lao PDR. Every citation is as commonly cited and marked `verify`: a Lao lawyer checks it against the current
// text before a charge is laid on it. Where the number is not given, it is to be found in that text (the Penal
// Code of 2017 renumbered the offences of the earlier criminal law).

const PC = 'Penal Code (2017)';
const LL = 'Labour Law (2013)';

export const LA: readonly Offence[] = [
  {
    code: 'LA-PC-215',
    country: 'LA',
    category: 'trafficking',
    title: 'Trafficking in persons',
    citation: cite(PC, 'art. 215'),
    victims: 'any',
    elements: TRAFFICKING,
    notes: ['Read with the Law on Anti-Trafficking in Persons.', 'For a child the means need not be proven.'],
  },
  {
    code: 'LA-LL-FORCED',
    country: 'LA',
    category: 'forced_labour',
    title: 'Forced labour',
    citation: cite(LL, null),
    victims: 'any',
    elements: FORCED_LABOUR,
    notes: ['Find the criminal penalty in the Penal Code (2017).'],
  },
  {
    code: 'LA-PC-RAPE',
    country: 'LA',
    category: 'rape',
    title: 'Rape',
    citation: cite(PC, null),
    victims: 'any',
    elements: RAPE,
    notes: [],
  },
  {
    code: 'LA-PC-DETENTION',
    country: 'LA',
    category: 'kidnapping_or_unlawful_detention',
    title: 'Unlawful detention',
    citation: cite(PC, null),
    victims: 'any',
    elements: UNLAWFUL_DETENTION,
    notes: [],
  },
  {
    code: 'LA-AML',
    country: 'LA',
    category: 'money_laundering',
    title: 'Money laundering',
    citation: cite('Law on Anti-Money Laundering and Counter-Financing of Terrorism (2014)', null),
    victims: 'any',
    elements: MONEY_LAUNDERING,
    notes: [],
  },
  {
    code: 'LA-ACL',
    country: 'LA',
    category: 'corruption',
    title: 'Bribery of an official',
    citation: cite('Law on Anti-Corruption (2012)', null),
    victims: 'any',
    elements: BRIBERY,
    notes: [],
  },
  {
    code: 'LA-LL-CHILD',
    country: 'LA',
    category: 'labour_law',
    title: 'Employing a child under the minimum age',
    citation: cite(LL, null),
    victims: 'children',
    elements: CHILD_LABOUR,
    notes: ['The minimum age is 14; hazardous work 18.'],
  },
];
