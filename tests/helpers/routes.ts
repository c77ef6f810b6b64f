import type { Express } from 'express';

/** Every route the app registers, as "METHOD /path" with its parameters (e.g. "GET /api/campaigns/:id"). */
export function registeredRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (
    stack: Array<{
      route?: { path: string; methods: Record<string, boolean> };
      handle?: { stack?: unknown[] };
    }>,
  ) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack as typeof stack);
    }
  };
  walk((app as unknown as { router: { stack: Parameters<typeof walk>[0] } }).router.stack);
  return out;
}
