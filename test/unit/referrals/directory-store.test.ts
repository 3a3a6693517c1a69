import { describe, expect, it } from 'vitest';
import { createDirectoryStore } from '../../../lib/referrals/directory-store';
import { commitImport, emptyDirectory, generateServices, importHsdsJson } from '../../../lib/referrals';

let counter = 0;
const fresh = () => `vsp-directory-test-${Date.now()}-${counter++}`;

function directoryOf(n: number) {
  const committed = commitImport(emptyDirectory(), importHsdsJson(generateServices(n, 3)), new Date('2026-11-22T10:00:00Z'));
  if (!committed.ok) throw new Error(committed.error);
  return committed.directory;
}

describe('directory store', () => {
  it('keeps 20,000 services and reads them back validated', async () => {
    const store = createDirectoryStore({ name: fresh() });
    expect((await store.load()).directory).toBeNull();
    const directory = directoryOf(20_000);
    await store.save(directory);
    const { directory: loaded } = await store.load();
    expect(loaded!.referrals).toHaveLength(directory.referrals.length);
    expect(loaded!.referrals[123]).toEqual(directory.referrals[123]);
    store.close();
  }, 60_000);

  it('refuses an invalid directory and keeps the one it had', async () => {
    const store = createDirectoryStore({ name: fresh() });
    const good = directoryOf(3);
    await store.save(good);
    await expect(store.save({ ...good, referrals: [{ id: '' }] } as never)).rejects.toThrow();
    expect((await store.load()).directory!.referrals).toHaveLength(3);
    store.close();
  });

  it('tells watchers now and after each save, across stores on the same database', async () => {
    const name = fresh();
    const options = { name, broadcast: BroadcastChannel };
    const panel = createDirectoryStore(options);
    const optionsPage = createDirectoryStore(options);
    const seen: (number | null)[] = [];
    panel.watch((directory) => seen.push(directory ? directory.referrals.length : null));
    await new Promise((done) => setTimeout(done, 20));
    await optionsPage.save(directoryOf(2));
    await expect.poll(() => seen).toEqual([null, 2]);
    panel.close();
    optionsPage.close();
  });
});
