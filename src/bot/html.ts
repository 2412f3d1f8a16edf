// Messages are sent with parse_mode HTML: whatever a person typed must be escaped first.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
