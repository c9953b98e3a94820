// Entity resolution: person records into people, with no database. The app stores records, the model (JSON)
// and decisions, and asks this module for clusters, scored pairs with their explanations and the review queue.
export { BLOCKING_RULES, type BlockCount } from './blocking.ts';
export { COMPARISONS } from './comparisons.ts';
export { parseBirthDate } from './dates.ts';
export { LEVEL_CODES, type LevelCode } from './levels.ts';
export {
  builtInModel,
  defaultModel,
  type Model,
  modelFromJson,
  modelToJson,
  TOO_FEW_TO_ESTIMATE,
} from './model.ts';
export {
  type BatchResult,
  LINKING_POLICY,
  type Membership,
  Resolver,
  type ResolverOptions,
  type ReviewItem,
} from './resolver.ts';
export {
  type Decision,
  type FieldContribution,
  type PersonRecord,
  ResolutionInputError,
  type ScoredPair,
} from './types.ts';
