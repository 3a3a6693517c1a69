import { useEffect, useState } from 'preact/hooks';
import { createTranslator, type MessageFile, type Translate } from '../../lib/i18n';
import type { Platform } from '../../lib/platform';

export interface VictimTranslator {
  /** Translates into the victim's language (English when the package has no file for it). */
  t: Translate;
  /** False while the message file loads: printing then would mix in the officer's language. */
  ready: boolean;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? tag;

/** A translator over one message file, with English (or the key) behind any missing message. */
export function translatorFromFile(file: MessageFile, fallback?: MessageFile): Translate {
  return createTranslator((key) => file[key]?.message ?? fallback?.[key]?.message);
}

/**
 * The handout speaks the victim's language, which may differ from the officer's (platform.t):
 * its strings come from the package's own message file for that language
 * (public/_locales/<lang>/messages.json, fetched like any bundled content), so the extension
 * and the widget need no second copy of the messages in the panel's bundle.
 */
export function useVictimTranslator(platform: Platform, language: string): VictimTranslator {
  const same = primary(language) === primary(platform.uiLanguage);
  const [state, setState] = useState<{ language: string; t: Translate } | null>(null);
  useEffect(() => {
    if (same) return;
    let current = true;
    const wanted = primary(language);
    const load = (lang: string) => platform.fetchContent(`_locales/${lang}/messages.json`) as Promise<MessageFile>;
    load(wanted)
      .catch(() => load('en'))
      .then((file) => current && setState({ language, t: translatorFromFile(file) }))
      // Neither file loads (a broken package): the officer's language beats no handout at all.
      .catch(() => current && setState({ language, t: platform.t }));
    return () => {
      current = false;
    };
  }, [platform, language, same]);
  if (same) return { t: platform.t, ready: true };
  if (state?.language === language) return { t: state.t, ready: true };
  return { t: platform.t, ready: false };
}
