import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../server/config';
import { createGeo } from '../../server/geo/geo';
import { readPostcode } from '../../server/geo/postcodes';
import { createLogger } from '../../server/log';
import { GEO_DIR } from '../helpers/server';

const log = createLogger('silent');
const geo = createGeo(loadConfig({ GEO_DATA_DIR: GEO_DIR }), log);

describe('reading postcodes', () => {
  it.each([
    ['bs56aa', { kind: 'uk', postcode: 'BS5 6AA', sector: 'BS5 6', outcode: 'BS5', area: 'BS' }],
    [' OX1 2jd ', { kind: 'uk', postcode: 'OX1 2JD', sector: 'OX1 2', outcode: 'OX1', area: 'OX' }],
    ['OX2', { kind: 'uk_outcode', postcode: 'OX2', outcode: 'OX2', area: 'OX' }],
    ['10001-1234', { kind: 'us_zip', postcode: '10001-1234', zip: '10001' }],
  ])('reads %j', (input, expected) => {
    expect(readPostcode(input)).toEqual(expected);
  });

  it('reads nonsense as nothing', () => {
    expect(readPostcode('not a postcode')).toBeNull();
    expect(readPostcode('')).toBeNull();
  });
});

describe('placing postcodes offline', () => {
  it('places a full postcode at its sector centroid, with its 2024 seat', async () => {
    const p = await geo.place('BS5 6AA');
    expect(p).toMatchObject({ postcode: 'BS5 6AA', precision: 'sector', constituencyCode: 'E14001133' });
    expect(p.lat).toBeCloseTo(51.46, 1);
    expect(p.lng).toBeCloseTo(-2.55, 1);
    expect(geo.seat(p.constituencyCode)?.name).toBe('Bristol North East');
  });

  it('places an outward code alone at its centroid', async () => {
    expect(await geo.place('OX2')).toMatchObject({
      postcode: 'OX2',
      precision: 'outcode',
      constituencyCode: 'E14001420',
    });
  });

  it('places a US ZIP code', async () => {
    expect(await geo.place('10001')).toMatchObject({ precision: 'zip', lat: 40.75065, lng: -73.997293 });
  });

  it('leaves unknown and unreadable postcodes unplaced, never guessed', async () => {
    expect(await geo.place('ZZ9 9ZZ')).toEqual({
      postcode: 'ZZ9 9ZZ',
      lat: null,
      lng: null,
      precision: 'none',
      constituencyCode: null,
      problem: 'unknown',
    });
    expect(await geo.place('hello')).toMatchObject({ precision: 'none', problem: 'unreadable' });
    expect(await geo.place(null)).toMatchObject({ postcode: null, precision: 'none' });
  });
});

describe('the optional postcodes.io fallback', () => {
  let server: http.Server;
  let asked: string[][] = [];
  let url = '';
  beforeAll(async () => {
    // A local stand-in for the bulk endpoint: knows one postcode.
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const { postcodes } = JSON.parse(body) as { postcodes: string[] };
        asked.push(postcodes);
        const result = postcodes.map((query) =>
          query === 'ZZ9 9ZZ'
            ? {
                query,
                result: {
                  latitude: 51.5,
                  longitude: -0.12,
                  codes: { parliamentary_constituency_2024: 'E14001172' },
                },
              }
            : { query, result: null },
        );
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ status: 200, result }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => (asked = []));

  it('asks only about postcodes the files lack, places them exactly, and caches the answer', async () => {
    const online = createGeo(loadConfig({ GEO_DATA_DIR: GEO_DIR, POSTCODES_IO_URL: url }), log);
    const [known, found, missing] = await online.placeMany(['BS5 6AA', 'ZZ9 9ZZ', 'ZZ9 9ZY']);
    expect(known!.precision).toBe('sector');
    expect(found).toMatchObject({
      precision: 'postcode',
      lat: 51.5,
      lng: -0.12,
      constituencyCode: 'E14001172',
    });
    expect(missing).toMatchObject({ precision: 'none' });
    expect(asked).toEqual([['ZZ9 9ZZ', 'ZZ9 9ZY']]);
    await online.place('ZZ9 9ZZ');
    expect(asked).toHaveLength(1);
  });

  it('gives up quietly (unplaced) when the server does not answer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-'));
    const dead = createGeo(loadConfig({ GEO_DATA_DIR: dir, POSTCODES_IO_URL: 'http://127.0.0.1:9' }), log);
    expect(await dead.place('BS5 6AA')).toMatchObject({ precision: 'none' });
  });
});
