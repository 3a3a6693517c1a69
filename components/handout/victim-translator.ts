import { useEffect, useState } from 'preact/hooks';
import { createTranslator, type MessageFile, type Translate } from '../../lib/i18n';
import type { Platform } from '../../lib/platform';

/**
 * The handout speaks the victim's language, which may differ from the officer's: its strings
 * come from the package's own message file for that language (public/_locales/<lang>), falling
 * back to the officer's translator while it loads or when the language has no file.
 */
export function useVictimTranslator(platform: Platform, language: string): Translate {
  const [t, setT] = useState<Translate>(() => platform.t);
  useEffect(() => {
    let current = true;
    const primary = language.split('-')[0]!.toLowerCase();
    platform
      .fetchContent(`_locales/${primary}/messages.json`)
      .then((file) => {
        const messages = file as MessageFile;
        if (current) setT(() => createTranslator((key) => messages[key]?.message ?? platform.t(key)));
      })
      .catch(() => current && setT(() => platform.t));
    return () => {
      current = false;
    };
  }, [platform, language]);
  return t;
}
