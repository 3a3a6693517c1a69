import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../lib/i18n';
import { usePlatform } from '../context';

/** One card of the options page: heading, intro, and the policy lock marker when it applies. */
export function OptionsSection(props: { id: string; testId: string; heading: MessageKey; intro: MessageKey; lockedTestId?: string; locked?: boolean; children: ComponentChildren }) {
  const { t } = usePlatform();
  return (
    <section class="vsp-card" aria-labelledby={props.id} data-testid={props.testId}>
      <h2 id={props.id} class="vsp-options-heading">
        {t(props.heading)}
      </h2>
      <p class="vsp-muted">{t(props.intro)}</p>
      {props.locked ? (
        <p class="vsp-locked" data-testid={props.lockedTestId}>
          {t('setByDepartment')}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}
