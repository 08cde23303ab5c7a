/**
 * Registers the service worker (written at build time by src/integrations/offline.ts) and
 * asks it to keep the page the reader is reading, which loaded before the worker existed.
 * With Save-Data on, nothing is registered, so nothing is downloaded behind the reader's back;
 * the save control (OfflineSave.astro) still registers it when the reader asks.
 */

interface NetworkInformation {
  saveData?: boolean;
}

/** True when the browser says the reader wants to save data (Save-Data / data saver). */
export function savesData(): boolean {
  return Boolean((navigator as Navigator & { connection?: NetworkInformation }).connection?.saveData);
}

/** Registers /sw.js and resolves with the active registration. */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register('/sw.js');
  return navigator.serviceWorker.ready;
}

/** Keeps the current page in the pages cache (an HTTP revalidation: no second download). */
export async function keepThisPage(registration: ServiceWorkerRegistration): Promise<void> {
  registration.active?.postMessage({ type: 'hn-cache-page', url: location.pathname });
}

export function startOffline(): void {
  if (!__SERVICE_WORKER__ || !('serviceWorker' in navigator) || savesData()) return;
  // A new build's worker can take over while the page is open (it deletes the old revision's
  // caches, this page's copy with them): ask the new one to keep the page too. Not on the
  // first worker's arrival, which the request below already covers.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controller) void navigator.serviceWorker.ready.then(keepThisPage);
    controller = navigator.serviceWorker.controller;
  });
  addEventListener('load', () => {
    registerServiceWorker()
      .then(keepThisPage)
      .catch((error: unknown) => console.warn('service worker:', error));
  });
}
