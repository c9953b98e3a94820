/** Shapes of the protection API's replies. Dates arrive as ISO strings. */

/** A presumed victim's protection case, opened from their completed screening, under their pseudonym. */
export interface ProtectionCase {
  id: string;
  screeningId: string;
  pseudonym: string;
  exploitation: string | null;
  child: boolean;
  status: string;
  openedAt: string;
}
