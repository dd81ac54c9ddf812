/**
 * The end-to-end harness every browser test uses:
 * - the built extension (`.output/chrome-mv3`, from `wxt build`: dev builds register
 *   content scripts at run time, so only a real build tests the manifest);
 * - a local HTTPS server with a certificate made at test time, serving fixture pages
 *   by Host header, so pages open under the sites' REAL host names;
 * - Debian's Chromium driven by playwright-core, with the extension loaded and every
 *   chat host mapped to the local server (--host-resolver-rules).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHAT_SITE_HOSTS } from '../../adapters/hosts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Fixed by the manifest's public key (wxt.config.ts). */
export const EXTENSION_ID = 'jgenpjiggminekdcajlbnppiohjlicdm';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Hosts the fixture server answers for: every chat host plus a neutral one. */
export const FIXTURE_HOSTS = [...CHAT_SITE_HOSTS, 'example.test'];

function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const san = FIXTURE_HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=heads-up-fixtures', '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Fixture layout: tests/fixtures/<host>/index.html (any path on that host serves it,
 * like a single-page app) plus any file beside it; an optional `headers.json` adds
 * response headers (a site's real Content-Security-Policy, for instance).
 */
function serveFixture(host: string, path: string): { status: number; body: Buffer; headers: Record<string, string> } {
  // Files every fixture shares (the chat driver) are served on every host under /__shared/.
  const shared = path.startsWith('/__shared/');
  const dir = shared ? join(FIXTURES_DIR, '_shared') : join(FIXTURES_DIR, host);
  if (shared) path = path.slice('/__shared'.length);
  if (!existsSync(dir)) return { status: 404, body: Buffer.from(`no fixture for ${host}`), headers: {} };
  const clean = decodeURIComponent(path.split('?')[0]!).replace(/\.\.+/g, '');
  let file = join(dir, clean);
  if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
  const headersFile = join(dir, 'headers.json');
  const extra = existsSync(headersFile) && extname(file) === '.html' ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
  return { status: 200, body: readFileSync(file), headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra } };
}

export interface Harness {
  context: BrowserContext;
  port: number;
  /** Open a page by its real URL (https://discord.com/channels/...), served locally. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { withoutExtension?: boolean; locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build\` first (npm run test:e2e does)`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  const extension = options.withoutExtension ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const work = mkdtempSync(join(tmpdir(), 'heads-up-e2e-'));
  const tls = makeCertificate(work);
  const server: Server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.toLowerCase();
    const { status, body, headers } = serveFixture(host, req.url ?? '/');
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');

  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-GB',
    args: [
      ...extension,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
  // The welcome tab the extension opens on install: not part of any test.
  context.on('page', (p) => {
    if (p.url().includes('welcome=1')) void p.close().catch(() => {});
  });
  for (const p of context.pages()) if (p.url().includes('welcome=1')) await p.close();
  // The extension is ready once its service worker runs.
  if (!options.withoutExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });

  return {
    context,
    port,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * The warning host's level on this page, or null when no warning is shown. Every frame
 * is searched: on Zoom the chat, and so the warning, live in the meeting's iframe.
 */
export async function warningLevel(page: Page): Promise<string | null> {
  for (const frame of page.frames()) {
    const level = await frame
      .evaluate(() => document.querySelector('heads-up-warning')?.getAttribute('data-level') ?? null)
      .catch(() => null);
    if (level) return level;
  }
  return null;
}

/** Wait until the warning shows `level` (or, for null, until no warning is shown). */
export async function expectWarning(page: Page, level: string | null, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = await warningLevel(page);
    if (seen === level) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected warning ${level ?? 'none'}, saw ${seen ?? 'none'} after ${timeout} ms`);
}

/** Give the content script time to react (idle callback + batching), then return the level. */
export async function settledLevel(page: Page, ms = 800): Promise<string | null> {
  await page.waitForTimeout(ms);
  return warningLevel(page);
}
