/**
 * Per-user rate limit: at most `limit` questions in any sliding `windowMs`.
 * `take` is pure over a user's recent timestamps; `RateLimiter` keeps them per user, bounded,
 * with the clock passed in.
 */
export interface RateLimitPolicy {
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Decide one request at `now` given the user's earlier accepted timestamps (oldest first). */
export function take(
  history: readonly number[],
  now: number,
  policy: RateLimitPolicy,
): { decision: RateDecision; history: number[] } {
  const recent = history.filter((t) => t > now - policy.windowMs);
  if (recent.length < policy.limit) return { decision: { allowed: true }, history: [...recent, now] };
  const oldest = recent[recent.length - policy.limit]!;
  return { decision: { allowed: false, retryAfterMs: Math.max(1, oldest + policy.windowMs - now) }, history: recent };
}

export class RateLimiter {
  readonly #history = new Map<string, number[]>();

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 10_000,
  ) {}

  take(userId: string): RateDecision {
    const now = this.now();
    const { decision, history } = take(this.#history.get(userId) ?? [], now, this.policy);
    this.#history.delete(userId); // re-insert: the map stays ordered by last activity
    this.#history.set(userId, history);
    if (this.#history.size > this.maxUsers) this.#evict(now);
    return decision;
  }

  get trackedUsers(): number {
    return this.#history.size;
  }

  #evict(now: number): void {
    for (const [user, times] of this.#history) {
      if (times.every((t) => t <= now - this.policy.windowMs)) this.#history.delete(user);
    }
    for (const user of this.#history.keys()) {
      if (this.#history.size <= this.maxUsers) break;
      this.#history.delete(user);
    }
  }
}
