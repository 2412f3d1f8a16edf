// Scripts and styles of the admin view, served by the app itself (no CDN): Chart.js from its
// package, the page script and the style sheet from templates/admin/. Read once, kept in memory.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.ts';
import type { AdminRoute } from './context.ts';

export function staticRoutes(): AdminRoute[] {
  const files: [url: string, path: () => string, type: string][] = [
    ['/static/chart.umd.js', () => projectPath('node_modules', 'chart.js', 'dist', 'chart.umd.js'), 'application/javascript; charset=utf-8'],
    ['/static/admin.js', () => projectPath('templates', 'admin', 'admin.js'), 'application/javascript; charset=utf-8'],
    ['/static/admin.css', () => projectPath('templates', 'admin', 'admin.css'), 'text/css; charset=utf-8'],
  ];
  return files.map(([url, path, type]) => {
    let body: Buffer | null = null;
    return {
      method: 'GET' as const,
      url,
      access: 'public' as const,
      bare: true,
      handler: async (ctx) => {
        body ??= readFileSync(path());
        return ctx.reply.headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' }).type(type).send(body);
      },
    };
  });
}
