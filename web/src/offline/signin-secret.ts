/**
 * The password typed at a sign-in, held in memory from the sign-in form until the user's profile has loaded, so
 * their field kit, when sealed with that password, opens without asking again. Forgotten after that one try, at a
 * restart of the sign-in, or after two minutes (a second factor takes no longer).
 */
let secret: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function rememberSignInSecret(password: string): void {
  secret = password;
  clearTimeout(timer);
  timer = setTimeout(forgetSignInSecret, 120_000);
}

export function forgetSignInSecret(): void {
  secret = null;
  clearTimeout(timer);
}

/** The password of the sign-in just made, once: it is forgotten as it is taken. */
export function takeSignInSecret(): string | null {
  const s = secret;
  forgetSignInSecret();
  return s;
}
