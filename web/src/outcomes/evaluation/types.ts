// The shapes of the evaluation routes' answers (src/outcomes/evaluation-routes.ts, programmes-routes.ts,
// units-routes.ts).

export interface EvaluableOperation {
  id: string;
  codeName: string;
  status: string;
  day: string | null;
  province: string | null;
  country: string | null;
  located: boolean;
}

export interface Measure {
  id: string;
  label: string;
  before: number;
  after: number;
  change: number;
  said: string;
}

export interface BeforeAfter {
  operation: { id: string; codeName: string } | null;
  centre: { lat: number; lon: number };
  radiusKm: number;
  province: string | null;
  country: string | null;
  day: string;
  days: number;
  before: { from: string; to: string };
  after: { from: string; to: string };
  measures: Measure[];
  checkpoints: string[];
  caveat: string;
  notes: string[];
}

export interface ObjectiveProgress {
  description: string;
  tableId: string;
  key: string[];
  baseline: number;
  target: number;
  measure: string;
  current: number | null;
  progress: number | null;
  status: 'met' | 'moving' | 'no result' | 'measure gone';
  said: string;
}

export interface Programme {
  id: string;
  agencyId: string;
  agency: string;
  name: string;
  funder: string;
  startsOn: string;
  endsOn: string | null;
  filters: Record<string, string | undefined>;
  countedFrom: string;
  countedTo: string;
  objectives: ObjectiveProgress[];
  flag: string | null;
}

export interface MeasureTable {
  id: string;
  title: string;
  keys: string[][];
}

export interface Credit {
  operations: number;
  allThreeMet: number;
  arrests: number;
  removed: number;
  cases: number;
  convictions: number;
}

export interface Unit {
  id: string;
  agencyId: string;
  agency: string;
  name: string;
  kind: string;
  kindWords: string;
  roster: {
    memberId: string;
    userId: string;
    name: string;
    joinedOn: string;
    leftOn: string | null;
    tenureDays: number;
    current: boolean;
  }[];
  training: {
    id: string;
    userId: string;
    name: string;
    course: string;
    provider: string;
    completedOn: string;
  }[];
  currentMembers: number;
  medianTenureDays: number | null;
  credit?: Credit;
}
