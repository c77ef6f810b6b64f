import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { secureCookies } from '../config';

/**
 * Helmet with a CSP that allows only our own scripts, styles and sockets: no inline code,
 * no eval, no third-party origins. Later features add exactly what they need here.
 */
export function securityHeaders(config: Config): RequestHandler {
  const tls = secureCookies(config);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: tls,
  });
}
