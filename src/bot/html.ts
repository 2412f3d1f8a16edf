// Messages are sent with parse_mode HTML: whatever a person typed must be escaped first (one escaper
// for Telegram messages and rendered pages alike; Telegram accepts &quot; and numeric entities).
export { escapeHtml } from '../render/escape.ts';
