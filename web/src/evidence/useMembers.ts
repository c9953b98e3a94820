import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { operationApi } from '../plans/paths.ts';
import type { Member, Operation, OperationPage } from '../plans/types.ts';

/**
 * The members of the operation that seized an exhibit, when the user is one of them (others may not see the
 * operation): the people custody is most often handed to.
 */
export function useMembers(operationId: string | null, canReadOperations: boolean): Member[] {
  const [members, setMembers] = useState<Member[]>([]);
  useEffect(() => {
    if (!operationId || !canReadOperations) return;
    let live = true;
    (async () => {
      const mine = await api.get<OperationPage>('/api/operations/plans');
      if (!mine.operations.some((o) => o.id === operationId)) return;
      const op = await api.get<Operation>(operationApi(operationId));
      if (live) setMembers(op.members);
    })().catch(() => {
      // Without the list the form still takes a custodian outside Lantern.
    });
    return () => {
      live = false;
    };
  }, [operationId, canReadOperations]);
  return members;
}
