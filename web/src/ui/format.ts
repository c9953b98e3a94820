const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const precise = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
/** To the second, compactly: for the audit log. */
export const formatInstant = (iso: string): string => precise.format(new Date(iso));
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));

/** The first block of a UUID: enough to tell records apart on screen; the full id is in the title. */
export const shortId = (id: string): string => id.split('-')[0] ?? id;

/** Role labels in the catalogue's order (most powerful first), for display. */
export function roleLabels(roles: readonly string[], labels: ReadonlyMap<string, string>): string {
  const order = [...labels.keys()];
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return [...roles]
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => labels.get(r) ?? r)
    .join(', ');
}

export const KIND_LABELS: Record<string, string> = {
  police: 'Police',
  labour: 'Labour inspectorate',
  ngo: 'NGO',
  prosecution: 'Prosecution',
  services: 'Victim services',
  coordination: 'Coordination',
};
