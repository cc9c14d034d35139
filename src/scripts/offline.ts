/**
 * The reader's choice to keep the help page and the guides on the device. Saving registers the
 * service worker (/sw.js) and asks it to cache this language; deleting removes every saved copy
 * and the service worker. Before the first "save" nothing is registered or cached.
 */
const PREFIX = 'offline-';

type Messages = Record<'saving' | 'saved' | 'deleted' | 'failed' | 'unsupported', string>;

async function savedCopies(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
}

async function saveLanguage(lang: string): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('service worker not active');
  const reply = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage({ action: 'save', lang }, [channel.port2]);
  });
  if (!reply.ok) throw new Error(reply.error);
}

async function deleteAll(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const name of await savedCopies()) await caches.delete(name);
}

/** Whether anything of the offline copy is on this device: a saved copy or a registered worker. */
async function anythingStored(): Promise<boolean> {
  return (await savedCopies()).length > 0 || (await navigator.serviceWorker.getRegistrations()).length > 0;
}

/**
 * After a failed save: the worker stored nothing of this attempt (it stores only when everything
 * arrived). If no language was saved before, the worker and any empty cache go too, so a failed
 * first save leaves nothing behind.
 */
async function cleanUpAfterFailure(): Promise<void> {
  for (const name of await savedCopies()) {
    const cache = await caches.open(name);
    if (!(await cache.match('/__offline-languages'))) await caches.delete(name);
  }
  if ((await savedCopies()).length === 0) await deleteAll();
}

export function enhanceOfflineControls(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root) return;
  const lang = root.dataset.lang ?? 'en';
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const deleteButton = root.querySelector<HTMLButtonElement>('[data-offline-delete]')!;
  const status = root.querySelector<HTMLElement>('.offline-status')!;
  root.hidden = false;
  // Service workers need a secure context and a browser that has them (not every in-app browser does).
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    saveButton.hidden = true;
    status.textContent = messages.unsupported;
    return;
  }
  const show = (saved: boolean, message = '') => {
    deleteButton.hidden = !saved;
    status.textContent = message;
  };

  saveButton.addEventListener('click', async () => {
    saveButton.disabled = true;
    show(false, messages.saving);
    try {
      await saveLanguage(lang);
      show(true, messages.saved);
    } catch {
      await cleanUpAfterFailure().catch(() => {});
      show(await anythingStored().catch(() => true), messages.failed);
    } finally {
      saveButton.disabled = false;
    }
  });
  deleteButton.addEventListener('click', async () => {
    await deleteAll();
    show(false, messages.deleted);
    saveButton.focus();
  });

  // Reading the lists of caches and workers creates nothing; it only tells whether anything is stored.
  void anythingStored().then((stored) => show(stored));
}
