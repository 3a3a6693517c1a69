import { vi } from 'vitest';
import type { ExtensionApi } from '../../../lib/extension/api';

export function fakeEvent<Args extends unknown[]>() {
  const listeners = new Set<(...args: Args) => unknown>();
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.add(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.delete(listener),
    hasListeners: () => listeners.size > 0,
    emit: (...args: Args) => [...listeners].map((listener) => listener(...args)),
  };
}

export interface FakeTab {
  id: number;
  windowId: number;
  active: boolean;
  title: string;
  url: string;
  /** Whether the reader is running in it (a department RMS site). */
  reader: boolean;
  /** What executeScript does there: 'ok', 'no-access' or 'restricted'. */
  access: 'ok' | 'no-access' | 'restricted';
}

/** A small in-memory browser: tabs, windows, the reader's answers, and every event the code listens to. */
export function createFakeBrowser(tabs: FakeTab[]) {
  const events = {
    message: fakeEvent<[unknown, { id?: string; tab?: { id?: number }; frameId?: number }]>(),
    activated: fakeEvent<[{ tabId: number; windowId: number }]>(),
    updated: fakeEvent<[number, { status?: string; url?: string }]>(),
    removed: fakeEvent<[number]>(),
    installed: fakeEvent<[]>(),
    startup: fakeEvent<[]>(),
    permissionsAdded: fakeEvent<[]>(),
    permissionsRemoved: fakeEvent<[]>(),
    command: fakeEvent<[string, { id?: number; windowId?: number } | undefined]>(),
    actionClicked: fakeEvent<[]>(),
    storageChanged: fakeEvent<[Record<string, { newValue?: unknown }>, string]>(),
  };
  const stored: Record<string, unknown> = {};
  const session: Record<string, unknown> = {};
  let registered: Array<{ id: string; matches: string[]; js: string[] }> = [];
  const origins: string[] = [];
  const answerFor = (tab: FakeTab) => ({ type: 'vsp:page', title: tab.title, url: tab.url, top: true });
  const api = {
    runtime: {
      id: 'extension-id',
      getURL: (path: string) => `chrome-extension://extension-id${path}`,
      onMessage: events.message,
      sendMessage: vi.fn(),
      onInstalled: events.installed,
      onStartup: events.startup,
    },
    tabs: {
      query: vi.fn(async (query: { active?: boolean; windowId?: number }) =>
        tabs.filter((tab) => (query.active === undefined || tab.active === query.active) && (query.windowId === undefined || tab.windowId === query.windowId)),
      ),
      get: vi.fn(async (id: number) => {
        const tab = tabs.find((candidate) => candidate.id === id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return tab;
      }),
      sendMessage: vi.fn(async (id: number) => {
        const tab = tabs.find((candidate) => candidate.id === id);
        if (!tab?.reader) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answerFor(tab);
      }),
      onActivated: events.activated,
      onUpdated: events.updated,
      onRemoved: events.removed,
    },
    windows: {
      getCurrent: vi.fn(async () => ({ id: 1 })),
      create: vi.fn(async () => ({ id: 99 })),
    },
    scripting: {
      executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => {
        const tab = tabs.find((candidate) => candidate.id === target.tabId);
        if (!tab || tab.access === 'no-access') throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
        if (tab.access === 'restricted') throw new Error('Cannot access a chrome:// URL');
        tab.reader = true;
        return [];
      }),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => void (registered = [...registered, ...scripts])),
      updateContentScripts: vi.fn(async (scripts: typeof registered) => void (registered = scripts)),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
      getRegisteredContentScripts: vi.fn(async () => registered),
    },
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
      onAdded: events.permissionsAdded,
      onRemoved: events.permissionsRemoved,
    },
    commands: {
      getAll: vi.fn(async () => [{ name: 'open-panel', shortcut: 'Alt+Shift+V' }]),
      onCommand: events.command,
    },
    action: { onClicked: events.actionClicked },
    storage: {
      local: {
        get: vi.fn(async (key: string) => (key in stored ? { [key]: stored[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          Object.assign(stored, items);
          events.storageChanged.emit(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])), 'local');
        }),
      },
      session: {
        get: vi.fn(async (key: string) => (key in session ? { [key]: session[key] } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          Object.assign(session, items);
          events.storageChanged.emit(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])), 'session');
        }),
      },
      onChanged: events.storageChanged,
    },
    sidePanel: { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) },
    sidebarAction: { open: vi.fn(async () => {}), toggle: vi.fn(async () => {}) },
  };
  return {
    api: api as unknown as ExtensionApi,
    raw: api,
    events,
    origins,
    registered: () => registered,
    stored,
    session,
    /** What the reader in a tab pushes when its page changes. */
    pushFromTab(tab: FakeTab, frameId = 0, extensionId = 'extension-id') {
      events.message.emit(answerFor(tab), { id: extensionId, tab: { id: tab.id }, frameId });
    },
  };
}

export function tab(id: number, overrides: Partial<FakeTab> = {}): FakeTab {
  return { id, windowId: 1, active: false, title: `Report ${id}`, url: `https://rms.example.test/reports/${id}`, reader: true, access: 'ok', ...overrides };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
