import { AppError } from '../platform/errors.ts';
/**
 * What the protection track records, declared once: the needs assessed first, the services a person is offered
 * (each accepted or declined by them), and how a service stands. Codes here, words on the screens.
 */
export const NEED_DOMAINS = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

/** How pressing a need is: none, some, serious, urgent (act today). */
export const NEED_LEVELS = ['none', 'some', 'serious', 'urgent'] as const;

export const SERVICES = [
  'shelter',
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'family_tracing',
  'return',
  'local_integration',
  'vocational_training',
  'cash_support',
  'asylum_referral',
] as const;
export type Service = (typeof SERVICES)[number];

/**
 * A service's steps. Offered first; the person accepts or declines; an accepted service may be withdrawn by them or
 * completed; a declined or withdrawn one may be offered again. Declining one service never touches another.
 */
export const SERVICE_STATUSES = ['offered', 'accepted', 'declined', 'withdrawn', 'completed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export type ServiceDecision = Exclude<ServiceStatus, 'offered'>;

const NEXT: Record<ServiceStatus, readonly ServiceStatus[]> = {
  offered: ['accepted', 'declined'],
  accepted: ['withdrawn', 'completed'],
  declined: ['offered'],
  withdrawn: ['offered'],
  completed: [],
};

/** Refuses a step of `service` from `from` to `to` that the services' order does not allow, saying why. */
export function assertStep(service: string, from: ServiceStatus, to: ServiceStatus): void {
  if (NEXT[from].includes(to)) return;
  const allowed = NEXT[from];
  if (allowed.length === 0)
    throw new AppError('conflict', `${service}: the service is ${from}: nothing follows`);
  throw new AppError(
    'conflict',
    `${service}: a service ${from} can next be ${allowed.join(' or ')}, not ${to}`,
  );
}

/** A case's status: open, or closed (the person transferred to another agency). */
export const CASE_STATUSES = ['open', 'closed'] as const;

/**
 * The person's own word on being treated as a victim: presumed (the screening's outcome) until they decline it.
 * Declining is recorded and respected — the case stays open and every service stays theirs to take.
 */
export const VICTIM_STATUSES = ['presumed', 'declined'] as const;

/**
 * What of a case a person may agree to share with another agency, each item separately: the prosecution sees
 * nothing of it without that agreement, and nothing more once it is withdrawn.
 */
export const SHAREABLE_ITEMS = ['pseudonym', 'exploitation', 'needs', 'services', 'victim_status'] as const;
export type ShareableItem = (typeof SHAREABLE_ITEMS)[number];
