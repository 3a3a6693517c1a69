import type { MessageKey } from '../lib/i18n';
import { usePlatform } from './context';

const TARGETS: [string, MessageKey][] = [
  ['vsp-rights', 'jumpRights'],
  ['vsp-referrals', 'jumpReferrals'],
  ['vsp-checklist', 'jumpChecklist'],
  ['vsp-handout', 'jumpHandout'],
];

/** One tap to each part of a long panel: at a scene the officer should not have to scroll to find the checklist. */
export function JumpBar() {
  const { t } = usePlatform();
  return (
    <nav class="vsp-jump" aria-label={t('jumpLabel')}>
      {TARGETS.map(([id, key]) => (
        <a key={id} href={`#${id}`} class="vsp-jump-link">
          {t(key)}
        </a>
      ))}
    </nav>
  );
}
