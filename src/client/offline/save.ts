/**
 * The "Lưu để đọc khi không có mạng" control (OfflineSave.astro): shows what saving costs
 * before anything is downloaded (offline-summary.json, a few hundred bytes), downloads the
 * list in offline-manifest.json into the same caches the service worker reads, with progress,
 * and removes the copy on request. Files already cached are skipped, so a save interrupted by
 * the network resumes where it stopped. Nothing happens until the reader presses the button.
 */
import { SAVED_MARKER, SUMMARY_PATH, MANIFEST_PATH, cacheFor, formatSize, percentDone, type OfflineManifest, type OfflineSummary } from '../../lib/offline-plan';
import { registerServiceWorker, savesData } from './register';

interface SavedInfo {
  revision: string;
  pages: number;
  gzip: number;
}

const PARALLEL = 4;

function el<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-offline-${name}]`);
  if (!found) throw new Error(`offline-save: [data-offline-${name}] missing`);
  return found;
}

async function readSaved(summary: OfflineSummary): Promise<SavedInfo | undefined> {
  if (!(await caches.has(summary.caches.pages))) return undefined;
  const hit = await (await caches.open(summary.caches.pages)).match(SAVED_MARKER);
  return hit ? ((await hit.json()) as SavedInfo) : undefined;
}

export async function startOfflineSave(root: HTMLElement): Promise<void> {
  const intro = el<HTMLElement>(root, 'intro');
  const saveButton = el<HTMLButtonElement>(root, 'save-button');
  const removeButton = el<HTMLButtonElement>(root, 'remove');
  const progress = el<HTMLProgressElement>(root, 'progress');
  const status = el<HTMLElement>(root, 'status');
  const dataWarning = el<HTMLElement>(root, 'savedata');

  if (!__SERVICE_WORKER__ || !('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'Trình duyệt này không cho lưu trang để đọc khi không có mạng.';
    root.dataset.offlineState = 'unavailable';
    return;
  }
  let summary: OfflineSummary;
  try {
    summary = (await (await fetch(`/${SUMMARY_PATH}`, { cache: 'no-cache' })).json()) as OfflineSummary;
  } catch {
    status.textContent = navigator.onLine ? 'Chưa đọc được kích thước bản lưu. Hãy tải lại trang.' : 'Cần có mạng để lưu.';
    root.dataset.offlineState = 'unavailable';
    return;
  }
  const size = formatSize(summary.total.gzip);
  dataWarning.hidden = !savesData();
  dataWarning.textContent = `Trình duyệt đang bật chế độ tiết kiệm dữ liệu, nên trang không tự tải gì thêm. Bản lưu dùng khoảng ${size}: chỉ lưu khi bạn muốn.`;

  const showSaved = (info: SavedInfo) => {
    intro.textContent = `Đã lưu ${info.pages.toLocaleString('vi-VN')} trang và chỉ mục tìm kiếm (khoảng ${formatSize(info.gzip)}): khi không có mạng, mọi trang và tìm kiếm vẫn dùng được trên máy này.`;
    saveButton.hidden = true;
    removeButton.hidden = false;
    progress.hidden = true;
  };
  const showNotSaved = () => {
    intro.textContent = `Bản lưu gồm mọi trang và chỉ mục tìm kiếm: khoảng ${size}, tải một lần. Khi trang có bản mới, bản lưu cũ được xóa và bạn có thể lưu lại.`;
    saveButton.textContent = `Lưu để đọc khi không có mạng (${size})`;
    saveButton.hidden = false;
    saveButton.disabled = false;
    removeButton.hidden = true;
    progress.hidden = true;
  };

  const saved = await readSaved(summary);
  if (saved) showSaved(saved);
  else showNotSaved();
  root.dataset.offlineState = saved ? 'saved' : 'idle';

  saveButton.addEventListener('click', async () => {
    saveButton.disabled = true;
    root.dataset.offlineState = 'saving';
    status.textContent = 'Đang chuẩn bị…';
    try {
      await registerServiceWorker();
      const manifest = (await (await fetch(`/${MANIFEST_PATH}`, { cache: 'no-cache' })).json()) as OfflineManifest;
      const pages = await caches.open(manifest.caches.pages);
      const search = await caches.open(manifest.caches.search);
      let done = 0;
      progress.max = manifest.total.gzip;
      progress.value = 0;
      progress.hidden = false;
      const report = () => {
        progress.value = done;
        status.textContent = `Đang lưu: ${percentDone(done, manifest.total.gzip)}% (${formatSize(done)} / ${formatSize(manifest.total.gzip)})`;
      };
      const queue = [...manifest.files];
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const cache = cacheFor(file.url, manifest) === manifest.caches.search ? search : pages;
          if (!(await cache.match(file.url))) {
            const response = await fetch(file.url);
            if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
            await cache.put(file.url, response);
          }
          done += file.gzip;
          report();
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const info: SavedInfo = { revision: manifest.revision, pages: manifest.files.filter((f) => f.url.endsWith('/')).length, gzip: manifest.total.gzip };
      await pages.put(SAVED_MARKER, new Response(JSON.stringify(info), { headers: { 'Content-Type': 'application/json' } }));
      showSaved(info);
      root.dataset.offlineState = 'saved';
      status.textContent = 'Đã lưu xong.';
    } catch (error) {
      console.warn('offline save:', error);
      showNotSaved();
      root.dataset.offlineState = 'idle';
      status.textContent = 'Chưa lưu xong (mạng bị ngắt?). Phần đã tải vẫn được giữ: bấm lưu lại để tải tiếp.';
    }
  });

  removeButton.addEventListener('click', async () => {
    removeButton.disabled = true;
    status.textContent = 'Đang xóa bản lưu…';
    try {
      await Promise.all([caches.delete(summary.caches.pages), caches.delete(summary.caches.search)]);
      showNotSaved();
      root.dataset.offlineState = 'removed';
      status.textContent = 'Đã xóa bản lưu khỏi máy này.';
    } catch (error) {
      console.warn('offline remove:', error);
      removeButton.disabled = false;
      status.textContent = 'Chưa xóa được bản lưu. Hãy bấm lại.';
    }
  });
}
