import {
  BRIBERY,
  FORCED_LABOUR,
  MONEY_LAUNDERING,
  RAPE,
  TRAFFICKING,
  UNLAWFUL_DETENTION,
} from './elements.ts';
import { cite, type Offence } from './types.ts';

// Myanmar. Every citation is as commonly cited and marked `verify`: a Myanmar lawyer checks it against the
// current text before a charge is laid on it. Where the number is not given, it is to be found in that text.

const PC = 'Penal Code';

export const MM: readonly Offence[] = [
  {
    code: 'MM-ATIP-2022',
    country: 'MM',
    category: 'trafficking',
    title: 'Trafficking in persons',
    citation: cite('Anti-Trafficking in Persons Law (2022)', null),
    victims: 'any',
    elements: TRAFFICKING,
    notes: [
      'Replaced the Anti-Trafficking in Persons Law of 2005: the law in force on the dates of the acts applies.',
      'For a child the means need not be proven.',
    ],
  },
  {
    code: 'MM-PC-374',
    country: 'MM',
    category: 'forced_labour',
    title: 'Unlawful compulsory labour',
    citation: cite(PC, 's. 374'),
    victims: 'any',
    elements: FORCED_LABOUR,
    notes: [],
  },
  {
    code: 'MM-PC-376',
    country: 'MM',
    category: 'rape',
    title: 'Rape',
    citation: cite(PC, 'ss. 375–376'),
    victims: 'any',
    elements: RAPE,
    notes: [],
  },
  {
    code: 'MM-PC-342',
    country: 'MM',
    category: 'kidnapping_or_unlawful_detention',
    title: 'Wrongful confinement',
    citation: cite(PC, 'ss. 340, 342'),
    victims: 'any',
    elements: UNLAWFUL_DETENTION,
    notes: [],
  },
  {
    code: 'MM-AML-2014',
    country: 'MM',
    category: 'money_laundering',
    title: 'Money laundering',
    citation: cite('Anti-Money Laundering Law (2014)', null),
    victims: 'any',
    elements: MONEY_LAUNDERING,
    notes: [],
  },
  {
    code: 'MM-ACL-2013',
    country: 'MM',
    category: 'corruption',
    title: 'Bribery of an official',
    citation: cite('Anti-Corruption Law (2013), as amended', null),
    victims: 'any',
    elements: BRIBERY,
    notes: [],
  },
];
