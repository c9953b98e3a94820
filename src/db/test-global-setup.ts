import { prepareServerTemplate } from './testing.ts';

/** With DATABASE_URL set, the database tests run on that server: build the migrated template once. */
export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) await prepareServerTemplate(url);
}
