import type { Db } from '../src/db/connection.ts';
import { setChecklistItem } from '../src/operations/checklist.ts';
import { approveOperation, startOperation } from '../src/operations/lifecycle.ts';
import { addMember } from '../src/operations/members.ts';
import { planOf } from '../src/operations/operation-view.ts';
import { AppError } from '../src/platform/errors.ts';
import { demoActor } from '../src/world/demo-intel.ts';

// The benchmarks that write to a field log need the demo operation in planning under way. Its commander closes
// the gaps the demo leaves (no arrest team, no Khmer interpreter), confirms the briefing and go/no-go items, the
// deputy approves and the commander starts it: through the application, audited, so that `lantern audit verify`
// finds the operation's approval sealed.

const REQUEST = 'bench-start';

/** Puts the demo operation `codeName`, in planning, into execution. */
export async function startDemoOperation(database: Db, codeName: string): Promise<void> {
  const { db } = database;
  const found = await db
    .selectFrom('operations')
    .select('id')
    .where('code_name', '=', codeName)
    .where('status', '=', 'planning')
    .executeTakeFirst();
  if (!found) throw new Error(`the demo has no ${codeName} in planning`);
  const id = found.id;
  const [commander, deputy, analyst] = await Promise.all(
    ['demo.commander', 'demo.deputy', 'demo.analyst'].map((u) => demoActor(database, u)),
  );
  if (!commander || !deputy || !analyst) throw new Error('the demo lacks its commander, deputy or analyst');
  await addMember(
    db,
    commander,
    id,
    { userId: analyst.userId ?? '', role: 'arrest', team: 'Arrest', language: null },
    REQUEST,
  );
  // A Khmer interpreter: the first demo user who may be in an operation and is not in this one yet.
  let problem: unknown = null;
  for (const u of ['demo.social-worker-2', 'demo.social-worker', 'demo.prosecutor', 'demo.inspector']) {
    const who = await demoActor(database, u);
    try {
      await addMember(
        db,
        commander,
        id,
        { userId: who.userId ?? '', role: 'interpreter', team: 'Care', language: 'km' },
        REQUEST,
      );
      problem = null;
      break;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e;
    }
  }
  if (problem) throw problem;
  const op = await db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const plan = planOf(op);
  for (const list of ['briefing', 'goNoGo'] as const)
    for (const [index] of plan[list].entries())
      await setChecklistItem(db, commander, id, { list, index, done: true }, REQUEST);
  const now = await db
    .selectFrom('operations')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await approveOperation(db, deputy, id, now.version, REQUEST);
  await startOperation(db, commander, id, REQUEST);
}
