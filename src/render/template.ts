// Fills the HTML templates in templates/: {{name}} is escaped text, {{{name}}} a prepared fragment.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';
import { escapeHtml } from './escape.ts';

export const templatesDir = projectPath('templates');

const cache = new Map<string, string>();

export function loadTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${templatesDir}/${name}`, 'utf8');
    cache.set(name, text);
  }
  return text;
}

/**
 * Escaping is the default so a forgotten call cannot inject markup; a fragment must be asked for
 * with three braces. A placeholder without a value is a programming error, not an empty string.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\{?)\s*([A-Za-z][\w]*)\s*\}?\}\}/g, (_match, raw: string, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template value "${name}" is missing`);
    return raw ? String(value) : escapeHtml(String(value));
  });
}
