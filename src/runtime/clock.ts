// Time comes from here so services and tests agree on "now" (domain rules take it as an argument).
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
