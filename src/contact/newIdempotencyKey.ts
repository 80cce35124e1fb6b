/** One key per callback form, made when the form is: every send and resend of it carries the same. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
