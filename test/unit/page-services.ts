import { vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Directory } from '../../lib/referrals/model';
import type { SpeechHost } from '../../lib/speech/types';
import { createMemoryStore, type IncidentStore } from '../../lib/store';

// vitest runs from the repository root (happy-dom gives import.meta.url no file: scheme).
const PUBLIC_DIR = `${resolve(process.cwd(), 'public')}/`;

/** Reads bundled content from public/, as the extension does from its package. */
export async function readPublicJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(`${PUBLIC_DIR}${path.replace(/^\/+/, '')}`, 'utf8'));
}

/**
 * The page-side services of a Platform for unit tests: bundled content from public/, an
 * in-memory incident store (PBKDF2 kept cheap), and a department directory the test can set.
 */
export function testPageServices(options: { speech?: SpeechHost; directory?: Directory | null; store?: IncidentStore } = {}) {
  let store: IncidentStore | undefined = options.store;
  let directory: Directory | null = options.directory ?? null;
  const directoryListeners = new Set<(directory: Directory | null) => void>();
  return {
    fetchContent: vi.fn(readPublicJson),
    openIncidentStore: vi.fn(async () => (store ??= createMemoryStore({ crypto, pbkdf2Iterations: 1000 }))),
    speech: options.speech,
    print: vi.fn(),
    saveFile: vi.fn((_name: string, _text: string, _type: string) => {}),
    watchDirectory(listener: (directory: Directory | null) => void) {
      directoryListeners.add(listener);
      listener(directory);
      return () => void directoryListeners.delete(listener);
    },
    saveDirectory: vi.fn(async (next: Directory) => {
      directory = next;
      for (const listener of directoryListeners) listener(directory);
    }),
  };
}
