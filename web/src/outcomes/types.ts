/** The shapes of the outcomes routes (src/outcomes/dashboard-routes.ts, checklist-routes.ts). */

export interface ShownTable {
  id: string;
  title: string;
  kind: 'breakdown' | 'funnel' | 'indicators';
  dimensions: string[];
  /** A hidden figure is null: fewer than k, or hidden with one that is. */
  cells: { key: string[]; count: number | null }[];
  margins: { dimension: string; value: string; count: number | null }[];
  total: number | null;
  unfiltered: string[];
}

export interface Dashboard {
  k: number;
  filters: string[];
  words: string[];
  tables: ShownTable[];
  medians: { id: string; title: string; days: number | null; of: number | null }[];
  hidden: number;
  places: { country: string; province: string }[];
}

export interface MapFigures {
  k: number;
  measures: { id: string; words: string }[];
  provinces: { country: string; province: string; lat: number; lon: number; counts: (number | null)[] }[];
}

export interface Filters {
  from: string;
  to: string;
  country: string;
  province: string;
  agency: string;
  exploitation: string;
  sex: string;
  age: string;
}

export const NO_FILTERS: Filters = {
  from: '',
  to: '',
  country: '',
  province: '',
  agency: '',
  exploitation: '',
  sex: '',
  age: '',
};

export interface Question {
  code: string;
  label: string;
  ask: string;
}

export type Judgement = 'met' | 'partly' | 'not_met' | 'not_known';

export interface Answer {
  question: string;
  answer: string;
  judgement: Judgement;
}

export interface Checklist {
  id: string;
  title: string;
  country: string;
  province: string | null;
  place: string;
  intervention: string;
  funding: string;
  durationMonths: number;
  answers: Answer[];
  createdAt: string;
  updatedAt: string;
}

export interface FigureLink {
  text: string;
  href: string | null;
}
