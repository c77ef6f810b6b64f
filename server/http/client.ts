import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Router } from 'express';

export const CLIENT_DIR = path.resolve(__dirname, '../../dist/client');
const NOT_APP = /^\/(api|socket\.io|healthz|metrics)(\/|$)/;

/** Serves the built React app; any other GET that is not the API gets index.html (client-side routes). */
export function clientRoutes(dir = CLIENT_DIR): Router {
  const router = express.Router();
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.use(express.static(dir, { index: false }));
  router.get(/.*/, (req, res, next) => {
    if (NOT_APP.test(req.path)) return next();
    const index = path.join(dir, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text').send('The web client has not been built: run `npm run build`.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
