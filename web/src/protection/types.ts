/** Shapes of the protection API's replies. Dates arrive as ISO strings. */

/** A presumed victim's protection case, opened from their completed screening, under their pseudonym. */
export interface ProtectionCase {
  id: string;
  /** Null for a case received by transfer: no screening stands behind it. */
  screeningId: string | null;
  pseudonym: string;
  exploitation: string | null;
  child: boolean;
  status: string;
  openedAt: string;
}
