#!/usr/bin/env node
// The portal's first load on a phone: time from navigation to the first visible case row of the
// case list, cold (empty browser cache, an existing session), in Chromium with the CPU 4× slower
// and a slow-4G network. Prints the median and range over the runs, the bytes the browser received
// (compressed, per kind) and the gzip size of the initial JavaScript of the build.
//
//   nx run-many -t build --projects=api,portal && node tools/bench/phone.mjs
//   node tools/bench/phone.mjs --runs 9 --url before=http://localhost:4401 --url after=http://localhost:4402
//
// Builds nothing. Without --url it starts `tools/start.mjs --ephemeral` (the built API serving the
// built portal, as `npm start` does, on a throw-away database with the demo region). With several
// --url label=URL (servers started elsewhere, e.g. two builds side by side), the runs alternate
// between them. --screenshots DIR saves the case list at 375 and 1366 px (unthrottled).
/* global window, document, MutationObserver -- in functions that run in the page */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    // Untimed cold runs per target first: the first loads after a server starts are slower
    // (its JIT, the database's caches), which is not what a phone meets in the field.
    warmup: { type: 'string', default: '2' },
    port: { type: 'string', default: '4399' },
    url: { type: 'string', multiple: true },
    user: { type: 'string', default: 'procesregisseur@zvh.demo.example' },
    password: { type: 'string', default: 'Demo-wachtwoord-2026' },
    'portal-dist': { type: 'string', default: join(root, 'dist/apps/portal') },
    screenshots: { type: 'string' },
    // Print each request of the last run (start and end in ms from navigation, kind, size).
    timeline: { type: 'boolean', default: false },
    // Record a CPU profile of the last run (DevTools' Profiler, throttled time) into this
    // directory and print where the main thread's time went until the first row.
    profile: { type: 'string' },
    // Seconds one cold load may take (a loaded shared machine needs more than the default).
    timeout: { type: 'string', default: '120' },
  },
});

/** The phone profile: DevTools' "Slow 4G" figures, without its extra latency multiplier. */
const PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  viewport: { width: 375, height: 812 },
};
const CASE_LIST = '/dossiers';
// The list is a table on a wide screen and cards on a phone (since 9ecdf57): the first of either.
const FIRST_ROW = 'main table tbody tr, main .schakel-case-card';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const runs = Number(args.runs);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The JavaScript index.html loads before anything runs (its module scripts and modulepreloads),
 * fetched from the server uncompressed and gzipped here, so every target is measured alike.
 */
async function initialJs(url) {
  const html = await (await fetch(`${url}/`, { headers: { accept: 'text/html' } })).text();
  const files = new Set(
    [
      ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
      ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
    ].map((m) => m[1]),
  );
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const res = await fetch(`${url}${file}`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await res.arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.size, raw, gzip };
}

async function waitForReady(url, child) {
  for (let i = 0; i < 900; i++) {
    if (child && child.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}

async function startServer() {
  const port = Number(args.port);
  const child = spawn(
    process.execPath,
    [join(root, 'tools/start.mjs'), '--ephemeral', '--quiet', '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SCHAKEL_DEMO_DATA: 'true' },
    },
  );
  const url = `http://localhost:${port}`;
  await waitForReady(url, child);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}

/** The session cookie of a demo user, from a real login in the portal. */
async function logIn(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(args.user);
  await page.getByLabel('Wachtwoord').fill(args.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor({ timeout: 60_000 });
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

function kindOf(type, mime) {
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Font') return 'fonts';
  if (type === 'Document') return 'html';
  if (type === 'Fetch' || type === 'XHR' || /json/.test(mime ?? '')) return 'api';
  return 'other';
}

/** One cold load of the case list on the phone profile. */
async function coldRun(browser, url, cookies, profile = false) {
  // A new context has its own, empty HTTP cache.
  const context = await browser.newContext({
    viewport: PROFILE.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  await context.addCookies(cookies);
  await context.addInitScript((selector) => {
    // The moment the first case row is in the DOM with a size, in ms from navigation start.
    const check = () => {
      const row = document.querySelector(selector);
      if (row && row.getBoundingClientRect().height > 0 && !window.__firstRowAt) {
        window.__firstRowAt = performance.now();
        return true;
      }
      return false;
    };
    new MutationObserver((_, observer) => {
      if (check()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, FIRST_ROW);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (
      msg.type() === 'error' &&
      /Content Security Policy|Refused to|Schakel: no message for/i.test(msg.text())
    )
      problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBitsPerSecond / 8,
    uploadThroughput: PROFILE.uploadBitsPerSecond / 8,
  });
  const requests = new Map();
  const timeline = new Map();
  const bytes = { js: 0, css: 0, fonts: 0, html: 0, api: 0, other: 0 };
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
    const body = request.postData?.match(/"operationName":"(\w+)"/)?.[1];
    timeline.set(requestId, {
      name: body ?? request.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60),
      start: timestamp,
    });
  });
  const encodings = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    requests.set(requestId, kindOf(type, response.mimeType));
    const encoding = response.headers['content-encoding'] ?? response.headers['Content-Encoding'];
    const kind = kindOf(type, response.mimeType);
    if (kind === 'js' || kind === 'css') encodings.set(`${kind}:${encoding ?? 'identity'}`, true);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    const entry = timeline.get(requestId);
    if (entry) Object.assign(entry, { end: timestamp, bytes: encodedDataLength });
    const kind = requests.get(requestId);
    if (kind) bytes[kind] += encodedDataLength;
  });

  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${url}${CASE_LIST}`, { waitUntil: 'commit' });
  await page
    .locator(FIRST_ROW)
    .first()
    .waitFor({ state: 'visible', timeout: Number(args.timeout) * 1000 });
  const ms = await page.waitForFunction(() => window.__firstRowAt).then((h) => h.jsonValue());
  const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  await context.close();
  // From the document's request (≈ the navigation's start), in ms.
  const entries = [...timeline.entries()].sort((a, b) => a[1].start - b[1].start);
  const t0 = entries[0]?.[1].start ?? 0;
  const requestTimes = entries.map(([id, e]) => ({
    name: e.name,
    kind: requests.get(id) ?? '?',
    start: (e.start - t0) * 1000,
    end: e.end === undefined ? null : (e.end - t0) * 1000,
    bytes: e.bytes ?? 0,
  }));
  return {
    ms,
    bytes,
    encodings: [...encodings.keys()].sort(),
    problems,
    requestTimes,
    cpuProfile,
  };
}

/**
 * Self time of a CPU profile by script file and by kind (garbage collection, the engine's own
 * work outside JavaScript such as parsing, style and layout, idle), in the profile's throttled ms.
 */
function profileSummary(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFile = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]);
    const next = deltas[i + 1] ?? 0;
    const { url, functionName } = node.callFrame;
    const key = url
      ? url.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js')
      : `(${functionName.replace(/[()]/g, '') || 'anonymous'})`;
    byFile.set(key, (byFile.get(key) ?? 0) + next / 1000);
  }
  return [...byFile.entries()].sort((a, b) => b[1] - a[1]);
}

async function screenshots(browser, url, cookies, dir) {
  mkdirSync(dir, { recursive: true });
  for (const width of [375, 1366]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(`${url}${CASE_LIST}`);
    await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    const file = join(dir, `case-list-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`  screenshot ${file}`);
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const started = [];
let targets;
if (args.url?.length) {
  targets = args.url.map((entry, i) => {
    const eq = entry.indexOf('=');
    return eq > 0
      ? { label: entry.slice(0, eq), url: entry.slice(eq + 1).replace(/\/$/, '') }
      : {
          label: args.url.length > 1 ? `server ${i + 1}` : 'portal',
          url: entry.replace(/\/$/, ''),
        };
  });
  for (const t of targets) await waitForReady(t.url);
} else {
  if (!existsSync(join(args['portal-dist'], 'index.html')))
    throw new Error('No portal build: run `nx run-many -t build --projects=api,portal` first.');
  const server = await startServer();
  started.push(server);
  targets = [{ label: 'portal', url: server.url }];
}

const browser = await chromium.launch({
  executablePath:
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: CHROMIUM_ARGS,
});
let failed = false;
try {
  console.log(
    `Phone profile: CPU ${PROFILE.cpuSlowdown}× slower (Emulation.setCPUThrottlingRate), network ` +
      `latency ${PROFILE.latencyMs} ms, down ${PROFILE.downloadBitsPerSecond / 1e6} Mbit/s, up ` +
      `${PROFILE.uploadBitsPerSecond / 1e3} kbit/s (Network.emulateNetworkConditions), viewport ` +
      `${PROFILE.viewport.width}×${PROFILE.viewport.height} @2x; cold: new browser context ` +
      `(empty cache) with the session cookie of ${args.user}; time from navigation to the first ` +
      `visible row of ${CASE_LIST} (${FIRST_ROW}); ${runs} runs per target after ${args.warmup} ` +
      `untimed.`,
  );
  for (const t of targets) t.cookies = await logIn(browser, t.url);
  for (const t of targets) t.results = [];
  for (let i = 0; i < Number(args.warmup); i++)
    for (const t of targets) await coldRun(browser, t.url, t.cookies, false);
  for (let i = 0; i < runs; i++)
    for (const t of targets)
      t.results.push(
        await coldRun(browser, t.url, t.cookies, Boolean(args.profile) && i === runs - 1),
      );

  for (const t of targets) {
    const times = t.results.map((r) => r.ms);
    const last = t.results.at(-1);
    console.log(`\n${t.label} (${t.url})`);
    console.log(
      `  first case row: median ${Math.round(median(times))} ms, range ` +
        `${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms ` +
        `(runs: ${times.map((x) => Math.round(x)).join(', ')})`,
    );
    console.log(
      `  received (compressed, incl. headers): JS ${kB(last.bytes.js)}, CSS ${kB(last.bytes.css)}, ` +
        `fonts ${kB(last.bytes.fonts)}, HTML ${kB(last.bytes.html)}, API ${kB(last.bytes.api)}, ` +
        `other ${kB(last.bytes.other)}`,
    );
    console.log(`  content encodings of JS and CSS: ${last.encodings.join(', ') || 'none'}`);
    if (args.timeline) {
      console.log(
        `  requests of the last run (ms from the document's request; first row at ${Math.round(last.ms)}):`,
      );
      for (const r of last.requestTimes)
        console.log(
          `    ${String(Math.round(r.start)).padStart(5)} → ${r.end === null ? '  ...' : String(Math.round(r.end)).padStart(5)}  ${r.kind.padEnd(6)} ${kB(r.bytes).padStart(9)}  ${r.name}`,
        );
    }
    if (last.cpuProfile) {
      mkdirSync(args.profile, { recursive: true });
      const file = join(args.profile, `${t.label.replace(/\W+/g, '-')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(last.cpuProfile));
      console.log(`  CPU profile of the last run (${file}), self time by script, throttled ms:`);
      for (const [name, ms] of profileSummary(last.cpuProfile).slice(0, 14))
        console.log(`    ${String(Math.round(ms)).padStart(6)}  ${name}`);
    }
    const js = await initialJs(t.url);
    console.log(
      `  initial JS (index.html's scripts and modulepreloads, ${js.files} files): ` +
        `${kB(js.raw)} raw, ${kB(js.gzip)} gzip -9`,
    );
    const problems = [...new Set(t.results.flatMap((r) => r.problems))];
    if (problems.length) {
      failed = true;
      console.log(`  console problems (CSP violations, errors):\n    ${problems.join('\n    ')}`);
    } else console.log('  console: no CSP violations, no page errors');
  }
  if (args.screenshots)
    for (const t of targets)
      await screenshots(browser, t.url, t.cookies, join(resolve(args.screenshots), t.label));
} finally {
  await browser.close();
  for (const s of started) await s.stop();
}
process.exit(failed ? 1 : 0);
