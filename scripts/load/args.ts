// The load generator's command line: --name value pairs, --url may repeat.
export interface LoadArgs {
  callers: number;
  contacts: number | null;
  seconds: number | null;
  untilEmpty: boolean;
  thinkMs: number;
  urls: string[];
  campaign: number | null;
  instances: number;
  databaseUrl: string | null;
  scratchDb: boolean;
  /** Where the started servers write V8 CPU profiles (node --cpu-prof); null: no profile. */
  profileDir: string | null;
}

export const USAGE = `npx tsx scripts/load/run.ts [options]
  --callers N        simulated callers (default 100)
  --contacts N       contacts in the new campaign (default 20 per caller; > 16,000 uses generated 07700 9xxxxx numbers)
  --seconds S        stop claiming after S seconds
  --until-empty      stop when the queue is empty (the default when --seconds is not given)
  --think-ms MS      mean pause before each outcome, 0.5x-1.5x (default 0: throughput)
  --url URL          a running server; repeat for several instances (callers round-robin)
  --campaign ID      use this campaign (its join link) instead of creating one
  --instances N      with no --url: start N server processes (N > 1 needs a Postgres DATABASE_URL and REDIS_URL)
  --database-url URL the database to verify against (default DATABASE_URL; with no --url, a throwaway SQLite file)
  --scratch-db       with a Postgres DATABASE_URL: run in a new database beside it, dropped afterwards
  --profile DIR      with no --url: the started servers write CPU profiles (node --cpu-prof) to DIR`;

export function parseArgs(argv: string[]): LoadArgs {
  const a: LoadArgs = {
    callers: 100,
    contacts: null,
    seconds: null,
    untilEmpty: false,
    thinkMs: 0,
    urls: [],
    campaign: null,
    instances: 1,
    databaseUrl: process.env.DATABASE_URL ?? null,
    scratchDb: false,
    profileDir: null,
  };
  const num = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const v = argv[i + 1];
    switch (flag) {
      case '--callers':
        a.callers = num(flag, v);
        i++;
        break;
      case '--contacts':
        a.contacts = num(flag, v);
        i++;
        break;
      case '--seconds':
        a.seconds = num(flag, v);
        i++;
        break;
      case '--think-ms':
        a.thinkMs = num(flag, v);
        i++;
        break;
      case '--campaign':
        a.campaign = num(flag, v);
        i++;
        break;
      case '--instances':
        a.instances = num(flag, v);
        i++;
        break;
      case '--url':
        if (!v) throw new Error(`--url needs a value\n${USAGE}`);
        a.urls.push(v.replace(/\/$/, ''));
        i++;
        break;
      case '--database-url':
        a.databaseUrl = v ?? null;
        i++;
        break;
      case '--profile':
        if (!v) throw new Error(`--profile needs a directory\n${USAGE}`);
        a.profileDir = v;
        i++;
        break;
      case '--until-empty':
        a.untilEmpty = true;
        break;
      case '--scratch-db':
        a.scratchDb = true;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  if (a.seconds === null) a.untilEmpty = true;
  return a;
}
