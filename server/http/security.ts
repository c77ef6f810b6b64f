import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { secureCookies } from '../config';
import { twilioSettings } from '../telephony/twilioSettings';

/**
 * Helmet with a CSP that allows only our own scripts, styles and sockets: no inline code,
 * no eval, no third-party origins. Later features add exactly what they need here.
 */
export function securityHeaders(config: Config): RequestHandler {
  const tls = secureCookies(config);
  // Browser calling, only where Twilio is set up: the Voice SDK's signalling socket (default
  // "roaming" edge), its call-quality events, and its ringing sounds. Media itself is WebRTC.
  const voice = twilioSettings(config) !== null;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: [
          "'self'",
          ...(voice ? ['wss://voice-js.roaming.twilio.com', 'https://eventgw.twilio.com'] : []),
        ],
        mediaSrc: ["'self'", ...(voice ? ['https://sdk.twilio.com'] : [])],
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
