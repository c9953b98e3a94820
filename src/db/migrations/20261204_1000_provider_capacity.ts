import { type Kysely, sql } from 'kysely';

// What a service provider can take, checked before a referral: its beds (for shelters), whether it takes children
// and adults, which sexes, its languages (already kept); the person's sex as they state it at screening; and the
// services a provider reports it will give when it accepts a referral.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE service_providers
    ADD COLUMN beds integer CHECK (beds IS NULL OR beds >= 0),
    ADD COLUMN accepts_adults boolean NOT NULL DEFAULT true,
    ADD COLUMN sexes text[] NOT NULL DEFAULT '{female,male,other}'`.execute(db);
  await sql`ALTER TABLE screenings
    ADD COLUMN sex text CHECK (sex IS NULL OR sex IN ('female','male','other','undisclosed'))`.execute(db);
  await sql`ALTER TABLE referrals ADD COLUMN provider_services text[] NOT NULL DEFAULT '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE referrals DROP COLUMN IF EXISTS provider_services`.execute(db);
  await sql`ALTER TABLE screenings DROP COLUMN IF EXISTS sex`.execute(db);
  await sql`ALTER TABLE service_providers DROP COLUMN IF EXISTS beds, DROP COLUMN IF EXISTS accepts_adults,
    DROP COLUMN IF EXISTS sexes`.execute(db);
}
