/** The shapes of the outcomes routes, from the server's own schemas (src/outcomes/wire.ts). */
import type { z } from 'zod';
import type { checklistBody } from '../../../src/outcomes/checklist-bodies.ts';
import type { releaseBody } from '../../../src/outcomes/release-bodies.ts';
import type {
  answerOut,
  checklistOut,
  checklistReply,
  checklistSaved,
  checklistsReply,
  dashboardShape,
  figureLink,
  mapShape,
  questionsOut,
  releasePrepared,
  releasesReply,
  shownTable,
} from '../../../src/outcomes/wire.ts';
import type { Wire } from '../wire.ts';

export type ShownTable = Wire<z.output<typeof shownTable>>;

export type Dashboard = Wire<z.output<typeof dashboardShape>>;

export type MapFigures = Wire<z.output<typeof mapShape>>;

/** A release of indicator tables as prepared (the server's body schema). */
export type ReleaseBody = z.input<typeof releaseBody>;

/** The filters as the server takes them, each left out when not set. */
export type FiltersBody = NonNullable<ReleaseBody['filters']>;

/** The dashboard's filters as the form and the address hold them: each as the server takes it, or '' when not set. */
export type Filters = { [K in keyof FiltersBody]-?: NonNullable<FiltersBody[K]> | '' };

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

/** The agency's checklists, with the questions asked and the places they may name. */
export type ChecklistIndex = Wire<z.output<typeof checklistsReply>>;

/** A checklist with Lantern's figures for its place beside each question. */
export type ChecklistPage = Wire<z.output<typeof checklistReply>>;

export type ChecklistSaved = Wire<z.output<typeof checklistSaved>>;

/** A donor checklist as written or changed (the server's body schema). */
export type ChecklistBody = z.input<typeof checklistBody>;

export type Releases = Wire<z.output<typeof releasesReply>>;
export type Release = Releases['releases'][number];

/** A release prepared: its id and how many figures were hidden. */
export type ReleasePrepared = Wire<z.output<typeof releasePrepared>>;
