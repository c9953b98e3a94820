import { FieldPage } from '../field/FieldPage.tsx';
import { NotFound } from '../pages/Missing.tsx';
import { BriefPage } from '../plans/BriefPage.tsx';
import { BriefsPage } from '../plans/BriefsPage.tsx';
import { OperationPage } from '../plans/OperationPage.tsx';
import { operationsRoute } from '../plans/paths.ts';
import type { Me } from '../types.ts';
import { DecisionPage } from './DecisionPage.tsx';
import { OperationsPage } from './OperationsPage.tsx';

/**
 * `#/operations` and the pages under it: decisions, operations, the execution screen, and the logistics briefs.
 * Users who only receive briefs (social workers) see the briefs in place of the decisions.
 */
export function OperationsSection({ path, me }: { path: string; me: Me }) {
  const route = operationsRoute(path) ?? { page: 'missing' };
  switch (route.page) {
    case 'list':
      return me.permissions.includes('operations.read') ? <OperationsPage me={me} /> : <BriefsPage />;
    case 'decision':
      return <DecisionPage id={route.id} me={me} />;
    case 'operation':
      return <OperationPage id={route.id} me={me} />;
    case 'field':
      return <FieldPage id={route.id} me={me} />;
    case 'briefs':
      return <BriefsPage />;
    case 'brief':
      return <BriefPage id={route.id} />;
    case 'missing':
      return <NotFound />;
  }
}
