import { hash, verify } from '@node-rs/argon2';

// OWASP: argon2id with 19 MiB memory, 2 iterations, 1 degree of parallelism as the minimum.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the user name';
  if (new Set(password).size < 5) return 'is too repetitive';
  return null;
}

export const hashPassword = (password: string): Promise<string> => hash(password.normalize('NFC'), OPTIONS);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Verify against a throwaway hash when there is none, so timing does not tell whether the account exists.
  const target = stored ?? DUMMY_HASH;
  try {
    const ok = await verify(target, password.normalize('NFC'));
    return ok && stored !== null;
  } catch {
    return false;
  }
}

const DUMMY_HASH = await hash('lantern-no-such-account', OPTIONS);
