import { errorMessage } from '../io/errorMessage';

/**
 * The single-file app's name next to the served app's index.html: `npm run build` writes it into
 * dist/ beside the page, and the dev server builds it when asked (see scripts/singleFileOnDemand).
 */
export const TEMPLATE_FILE = 'metricscope.html';

/** The page's own HTML, captured at startup when the page is the single file. */
let captured: string | null = null;

/**
 * Keeps `doc`'s HTML as the template of saved dashboards when the page is the single-file app (no
 * script loaded from a URL: everything is inline, so the page itself is the app). Call it at
 * startup, before React renders into it and after removing a saved dashboard's data: the inline
 * scripts and styles are serialised as the file had them (raw text, byte for byte), #root is
 * still empty. A page served from dist/ or the dev server loads its scripts from URLs and keeps
 * nothing: its template is fetched when saving (see appTemplate).
 */
export function captureTemplate(doc: Document): void {
  if (doc.querySelector('script[src]') !== null) return;
  captured = `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/** Forgets a captured template (tests). */
export function forgetTemplate(): void {
  captured = null;
}

/**
 * The single-file app's HTML, to embed a dashboard in: the page's own when it is the single file
 * (captureTemplate), else TEMPLATE_FILE fetched from beside the page (same origin: the built app
 * ships it). One sentence when it cannot be had, naming `npm run build`.
 */
export async function appTemplate(
  fetchFn: typeof fetch = fetch,
): Promise<{ ok: true; html: string } | { ok: false; reason: string }> {
  if (captured !== null) return { ok: true, html: captured };
  const missing = `Save dashboard needs the single-file app beside this page (${TEMPLATE_FILE}, made by npm run build)`;
  try {
    const response = await fetchFn(new URL(TEMPLATE_FILE, document.baseURI));
    const html = response.ok ? await response.text() : '';
    // A host that answers every path with index.html gives a page whose app script has a URL.
    const entry = /<script\b[^>]*>/i.exec(html)?.[0];
    if (entry === undefined || /\ssrc=/i.test(entry)) {
      return { ok: false, reason: `${missing}: it was not found.` };
    }
    return { ok: true, html };
  } catch (error) {
    return { ok: false, reason: `${missing}: ${errorMessage(error)}.` };
  }
}
