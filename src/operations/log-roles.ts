import type { LogEntry } from './log-schema.ts';
import type { MemberRole } from './plan-schema.ts';

export type LogKind = LogEntry['kind'];

/**
 * Which entries of the execution log each member's role in the operation may record. An arrest is recorded by the
 * arrest team or a commander, an exhibit by the evidence team (who then holds it in the chain of custody), people
 * removed to screening by those who care for and move them or a commander; anyone in the team may add a note.
 * An interpreter, a prosecutor or a liaison officer records notes only.
 */
export const LOG_KINDS_BY_ROLE: Readonly<Record<MemberRole, readonly LogKind[]>> = {
  command: ['arrest', 'removal', 'note'],
  entry: ['note'],
  scene_security: ['note'],
  arrest: ['arrest', 'note'],
  evidence: ['exhibit', 'note'],
  victim_care: ['removal', 'note'],
  transport: ['removal', 'note'],
  screening: ['note'],
  interpreter: ['note'],
  prosecutor: ['note'],
  liaison: ['note'],
};

export const mayLog = (role: MemberRole, kind: LogKind): boolean => LOG_KINDS_BY_ROLE[role].includes(kind);

/**
 * Who may correct an entry of the log: the member who recorded it (they know what they meant), or a member
 * commanding the operation (who answers for the log). Nobody else, whatever their role: a correction is read in
 * court beside the entry, under the corrector's name.
 */
export const mayCorrect = (role: MemberRole, recordedBy: string, userId: string): boolean =>
  recordedBy === userId || role === 'command';
