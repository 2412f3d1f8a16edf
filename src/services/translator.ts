// Services write messages for other people (via the outbox) in the recipient's language.
export type Translate = (locale: string, key: string, vars?: Record<string, string | number>) => string;
