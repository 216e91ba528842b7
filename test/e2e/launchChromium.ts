import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

/** A headless Debian Chromium with one fresh page, and everything the page said or asked for. */
export interface ChromiumSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** `console.error` messages, from the page and its workers, each with where it came from. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** URL of every request the page and its workers made, in order. */
  readonly requests: string[];
  /** Requests that failed at the network level, as `url: reason`. */
  readonly failedRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /**
   * Ignore the page's Content-Security-Policy, for a test that injects a script of its own (axe):
   * the policy refuses inline scripts, as it should.
   */
  bypassCSP?: boolean;
}

/**
 * Launches Debian's Chromium (never a downloaded one) headless with the project's flags, opens a
 * fresh context and page, and starts recording console errors, page errors and requests. Every
 * whole-app test starts here. Throws, saying how to install it, when /usr/bin/chromium is missing.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `The whole-app tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();

  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (at ${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );

  return {
    browser,
    context,
    page,
    consoleErrors,
    pageErrors,
    requests,
    failedRequests,
    close: () => browser.close(),
  };
}
