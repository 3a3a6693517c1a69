import type { Translate } from './i18n';
import type { PageReading } from './page-reader/types';
import type { AdminOptions, AdminOptionsState } from './settings/admin-options';
import type { SettingsKey } from './settings/schema';
import type { Directory } from './referrals/model';
import type { SpeechHost } from './speech/types';
import type { IncidentStore } from './store/api';
import type { CategoryId } from './taxonomy';

/** What the panel knows about the page it reads. */
export interface PageInfo {
  title: string;
  url: string;
  /** What the page reader found, merged over the page's frames; absent until it reports. */
  reading?: PageReading;
}

export type UnavailableReason = 'not-permitted' | 'restricted' | 'closed' | 'no-tab';

export type PageState =
  | { kind: 'connecting' }
  | { kind: 'loading'; tabId: number }
  | { kind: 'reading'; tabId: number; page: PageInfo }
  | { kind: 'unavailable'; tabId?: number; reason: UnavailableReason };

/**
 * Everything the UI needs from its host. The extension implements it with browser APIs, the
 * embeddable widget with its host page; components never touch `browser.*` themselves.
 */
export interface Platform {
  readonly kind: 'extension' | 'widget';
  /** The officer's UI language (BCP 47), separate from the victim's language. */
  readonly uiLanguage: string;
  readonly t: Translate;
  /** Calls `listener` with the current page state now and whenever it changes; returns unsubscribe. */
  watchPage(listener: (state: PageState) => void): () => void;
  /** Ask to read the current page once (activeTab); resolves false when the browser refuses. */
  readCurrentPage?(): Promise<boolean>;
  /** The keyboard shortcut that opens the panel and grants one-time access, if any is set. */
  shortcut?(): Promise<string | undefined>;
  /** Open this panel for the current tab in its own window. Absent where that makes no sense. */
  popOut?(): Promise<void>;
  /** True when this view is tied to one tab (a popped-out window). */
  readonly pinnedToTab: boolean;
  /** Department admin options (mappings, site rules); called now and on every change. */
  watchAdminOptions(listener: (state: AdminOptionsState) => void): () => void;
  /** Validates and saves a change to the admin options; rejects with the problems otherwise. */
  updateAdminOptions?(change: (options: AdminOptions) => AdminOptions): Promise<void>;
  /**
   * Sets local values of department settings (jurisdiction, languages, liaison...), validated by
   * the policy schema; `undefined` clears one. Policy still wins where it sets the same field.
   */
  updateSettings?(patch: Partial<Record<SettingsKey, unknown>>): Promise<void>;
  /**
   * Officers' category corrections by incident key, kept for the browser session (memory only,
   * never on disk) until the encrypted incident store holds them. Called now and on changes.
   */
  watchCorrections(listener: (corrections: Readonly<Record<string, CategoryId[]>>) => void): () => void;
  saveCorrection(incidentKey: string, categories: CategoryId[] | undefined): Promise<void>;
  /** Puts text on the clipboard (only ever on a person's click); false when refused. */
  copyText?(text: string): Promise<boolean>;
  /**
   * Teach mode: the administrator clicks a field on the page being read; resolves with the
   * page's origin and a selector for it, or undefined when cancelled (Esc) or impossible.
   */
  pointAtField?(field: TeachField): Promise<TaughtField | undefined>;

  /** A bundled content file under public/ (e.g. "content/scripts/index.json"), parsed as JSON. */
  fetchContent(path: string): Promise<unknown>;
  /**
   * The encrypted incident store of this host (the extension's own origin, or the widget's host
   * page). Every call returns the same store; it may be an in-memory one (check `persistent`).
   */
  openIncidentStore(): Promise<IncidentStore>;
  /** Text to speech on this device; absent when the host has none. */
  readonly speech?: SpeechHost;
  /** Where the advocate reader mode opens (a full page); absent where there is none. */
  readonly readerUrl?: string;
  /** Opens the print dialog for this view (the handout's print CSS hides the rest). */
  print?(): void;
  /**
   * The referral directory the department imported or downloaded (not the bundled national
   * lines), or null when there is none; called now and whenever it changes.
   */
  watchDirectory(listener: (directory: Directory | null) => void): () => void;
  /** Downloads the department-hosted directory now (policy `referralDirectory.directoryUrl`). */
  refreshDirectory?(): Promise<{ lastFetch?: string; lastError?: string; lastOutcome?: string }>;
  /** Replaces the department directory in one step; rejects (keeping the old one) on failure. */
  saveDirectory?(directory: Directory): Promise<void>;
  /**
   * Puts the report summary into the RMS narrative field of the page being read, only ever on an
   * officer's click, without moving focus to the page.
   */
  insertIntoReport?(text: string): Promise<InsertResult>;
  /** Offers a file the administrator asked for (CSV export) as a download. */
  saveFile?(name: string, text: string, type: string): void;
  /** Asks the host to remind the officer (browser notification) on the given day. */
  scheduleReminder?(reminder: Reminder): Promise<void>;
  /** Drops reminders (by Reminder.id) whose follow-up was done or deleted; 'all' after deleting every record. */
  cancelReminders?(ids: readonly string[] | 'all'): Promise<void>;
}

export type InsertResult = 'inserted' | 'no-field' | 'not-permitted';

export interface Reminder {
  /** Stable id, so rescheduling replaces the old reminder. */
  id: string;
  /** ISO date (YYYY-MM-DD), reminded at 09:00 local time that day. */
  due: string;
  /** Shown in the notification: never a victim's name or note text. */
  title: string;
}

export type TeachField = 'incident' | 'case';

export interface TaughtField {
  field: TeachField;
  origin: string;
  selector: string;
  /** The field's current value, shown so the admin can see the right field was picked. */
  sample: string;
}
