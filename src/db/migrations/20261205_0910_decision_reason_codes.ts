import { type Kysely, sql } from 'kysely';

// The reasons and cautions of an intervention decision's recommendation are kept as codes with their values
// (src/operations/assessment.ts), which the screens word in the reader's language, instead of English sentences.
// Decisions already recorded keep theirs: each sentence the earlier version wrote becomes its code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE intervention_decisions SET reasons = COALESCE((
      SELECT jsonb_agg(c ORDER BY n) FILTER (WHERE c IS NOT NULL)
      FROM (
        SELECT n, CASE
          WHEN r LIKE 'There is immediate danger to life%' THEN jsonb_build_object('code', 'danger_to_life')
          WHEN r ~ '^The intelligence is thin \\(best grade \\w+, \\d+ corroborating' THEN jsonb_build_object(
            'code', 'thin_intelligence',
            'grade', (regexp_match(r, 'best grade (\\w+),'))[1],
            'reports', (regexp_match(r, ', (\\d+) corroborating'))[1]::int)
          WHEN r LIKE 'Labour exploitation only%' THEN jsonb_build_object('code', 'labour_only')
          WHEN r = 'High danger to the people at risk.' THEN jsonb_build_object('code', 'high_danger')
          WHEN r = 'Children are present.' THEN jsonb_build_object('code', 'children_present')
          WHEN r = 'Sexual exploitation.' THEN jsonb_build_object('code', 'sexual')
          WHEN r LIKE 'Forced criminality%' THEN jsonb_build_object('code', 'forced_criminality')
          WHEN r ~ '^\\d+ people at risk; ' THEN
            jsonb_build_object('code', 'planned_operation', 'people', (regexp_match(r, '^(\\d+)'))[1]::int)
          WHEN r LIKE 'No high danger and no grounds%' THEN jsonb_build_object('code', 'monitoring')
        END AS c
        FROM jsonb_array_elements_text(reasons) WITH ORDINALITY AS e(r, n)
      ) AS coded
    ), '[]'::jsonb)
    WHERE jsonb_typeof(reasons -> 0) = 'string'`.execute(db);
  await sql`
    UPDATE intervention_decisions SET cautions = COALESCE((
      SELECT jsonb_agg(c ORDER BY n) FILTER (WHERE c IS NOT NULL)
      FROM (
        SELECT n, CASE
          WHEN r LIKE 'Receiving services are not ready%' THEN jsonb_build_object('code', 'services_not_ready')
          WHEN r LIKE 'Leak risk:%' THEN jsonb_build_object('code', 'leak_risk')
          WHEN r ~ '^\\d+ lawful worker' THEN
            jsonb_build_object('code', 'lawful_workers', 'count', (regexp_match(r, '^(\\d+)'))[1]::int)
          WHEN r LIKE 'High risk to officers%' THEN jsonb_build_object('code', 'officers_at_risk')
          WHEN r LIKE 'No non-testimonial evidence%' THEN jsonb_build_object('code', 'no_independent_evidence')
          WHEN r LIKE 'Children may be present%' THEN jsonb_build_object('code', 'children_may_be_present')
        END AS c
        FROM jsonb_array_elements_text(cautions) WITH ORDINALITY AS e(r, n)
      ) AS coded
    ), '[]'::jsonb)
    WHERE jsonb_typeof(cautions -> 0) = 'string'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE intervention_decisions SET reasons = COALESCE((
      SELECT jsonb_agg(CASE r->>'code'
        WHEN 'danger_to_life' THEN 'There is immediate danger to life: that always warrants a rescue now, whatever else is known.'
        WHEN 'thin_intelligence' THEN 'The intelligence is thin (best grade ' || (r->>'grade') || ', ' || (r->>'reports')
          || ' corroborating report(s)): build it up before any intervention.'
        WHEN 'labour_only' THEN 'Labour exploitation only, without high danger or children: a labour inspection serves better than a raid and disrupts lawful work least.'
        WHEN 'high_danger' THEN 'High danger to the people at risk.'
        WHEN 'children_present' THEN 'Children are present.'
        WHEN 'sexual' THEN 'Sexual exploitation.'
        WHEN 'forced_criminality' THEN 'Forced criminality (people held to commit crimes).'
        WHEN 'planned_operation' THEN (r->>'people')
          || ' people at risk; the intelligence supports a planned operation with three objectives: arrest, seize evidence, rescue.'
        WHEN 'monitoring' THEN 'No high danger and no grounds for a raid or an inspection yet: community and NGO monitoring keeps watch with the least harm.'
      END ORDER BY n)
      FROM jsonb_array_elements(reasons) WITH ORDINALITY AS e(r, n)
    ), '[]'::jsonb)
    WHERE jsonb_typeof(reasons -> 0) = 'object'`.execute(db);
  await sql`
    UPDATE intervention_decisions SET cautions = COALESCE((
      SELECT jsonb_agg(CASE r->>'code'
        WHEN 'services_not_ready' THEN 'Receiving services are not ready: prepare the safe screening site, shelter places and interpreters before the operation.'
        WHEN 'leak_risk' THEN 'Leak risk: keep the operation a compartment and brief its members as late as possible.'
        WHEN 'lawful_workers' THEN (r->>'count') || ' lawful worker(s) would be disrupted: plan to keep their work and pay.'
        WHEN 'officers_at_risk' THEN 'High risk to officers: plan entry and scene security with that in mind.'
        WHEN 'no_independent_evidence' THEN 'No non-testimonial evidence is held yet: plan to seize it, so the case does not rest on victims'' testimony.'
        WHEN 'children_may_be_present' THEN 'Children may be present: a child protection officer and guardian must be part of the plan.'
      END ORDER BY n)
      FROM jsonb_array_elements(cautions) WITH ORDINALITY AS e(r, n)
    ), '[]'::jsonb)
    WHERE jsonb_typeof(cautions -> 0) = 'object'`.execute(db);
}
