import type { Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { randomToken, sha256Hex } from './crypto.ts';

const LINK_TTL_MS = { first_admin: 24 * 3_600_000, new_user: 72 * 3_600_000, reset: 72 * 3_600_000 } as const;
export type LinkPurpose = keyof typeof LINK_TTL_MS;

/** Issues a one-time sign-in link token for a user, replacing any unused one. */
export async function issueSignInLink(
  trx: Transaction<Database>,
  userId: string,
  purpose: LinkPurpose,
): Promise<string> {
  await trx.deleteFrom('sign_in_links').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  const token = randomToken();
  await trx
    .insertInto('sign_in_links')
    .values({
      token_hash: sha256Hex(token),
      user_id: userId,
      purpose,
      expires_at: new Date(Date.now() + LINK_TTL_MS[purpose]),
      used_at: null,
    })
    .execute();
  return token;
}

export const signInLinkUrl = (baseUrl: string, token: string) =>
  `${baseUrl.replace(/\/$/, '')}/#/welcome/${token}`;
