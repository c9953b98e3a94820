/**
 * What the field kit keeps so the field screen opens without a connection: the user's own profile (/api/me), and
 * for each operation they opened in the field screen, the operation and its log as last read. Sealed like every
 * record (vault.ts), refreshed each time they are read with a connection.
 */
import type { Log } from '../field/types.ts';
import type { Operation } from '../plans/types.ts';
import type { Me } from '../types.ts';
import * as vault from './vault.ts';

/** One operation kept on the device, as the offline opening lists them. */
export interface KeptOperation {
  id: string;
  codeName: string;
  keptAt: string;
}

export const keepMe = (me: Me) => vault.write('me', me);
export const keptMe = () => vault.read<Me>('me');

export async function keepOperation(op: Operation): Promise<void> {
  await vault.write(`op/${op.id}`, op);
  const entry: KeptOperation = { id: op.id, codeName: op.codeName, keptAt: new Date().toISOString() };
  await vault.change<KeptOperation[]>('ops', [], (ops) => [...ops.filter((o) => o.id !== op.id), entry]);
}

/** An operation no longer the user's (the server says not found): what was kept of it goes, but for its outbox. */
export async function forgetOperation(id: string): Promise<void> {
  await vault.remove(`op/${id}`);
  await vault.remove(`log/${id}`);
  await vault.change<KeptOperation[]>('ops', [], (ops) => ops.filter((o) => o.id !== id));
}

export const keptOperation = (id: string) => vault.read<Operation>(`op/${id}`);
export const keptOperations = async () => (await vault.read<KeptOperation[]>('ops')) ?? [];

/** The log as last read, with when. */
export interface KeptLog {
  log: Log;
  keptAt: string;
}

export const keepLog = (id: string, log: Log) =>
  vault.write(`log/${id}`, { log, keptAt: new Date().toISOString() } satisfies KeptLog);
export const keptLog = (id: string) => vault.read<KeptLog>(`log/${id}`);
