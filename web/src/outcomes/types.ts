/** The shapes of the outcomes routes, from the server's own schemas (src/outcomes/wire.ts). */
import type { z } from 'zod';
import type {
  answerOut,
  checklistOut,
  dashboardShape,
  figureLink,
  mapShape,
  questionsOut,
  shownTable,
} from '../../../src/outcomes/wire.ts';
import type { Wire } from '../wire.ts';

export type ShownTable = Wire<z.output<typeof shownTable>>;

export type Dashboard = Wire<z.output<typeof dashboardShape>>;

export type MapFigures = Wire<z.output<typeof mapShape>>;

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

export type Question = Wire<z.output<typeof questionsOut>>[number];

export type Answer = Wire<z.output<typeof answerOut>>;
export type Judgement = Answer['judgement'];

export type Checklist = Wire<z.output<typeof checklistOut>>;

export type FigureLink = Wire<z.output<typeof figureLink>>;
