import { useState } from 'preact/hooks';
import { evaluateRiskScreen, type Answer, type RiskScreen } from '../../lib/content/risk-screen';
import { usePlatform } from '../context';
import { useIncidentSession } from './context';

const ANSWERS: { value: Answer; key: 'valueYes' | 'valueNo' | 'riskUnknown' }[] = [
  { value: 'yes', key: 'valueYes' },
  { value: 'no', key: 'valueNo' },
  { value: 'unknown', key: 'riskUnknown' },
];

/**
 * A department's screening instrument: the questions in the victim's language, the trigger rule
 * evaluated as answers come in, and the protocol shown as soon as it is triggered. The answers are
 * kept with the checklist's "risk screen done" item.
 */
export function RiskScreenPanel({ screen }: { screen: RiskScreen }) {
  const { t } = usePlatform();
  const session = useIncidentSession();
  const saved = [...(session.incident.value?.entries ?? [])].reverse().find((entry) => entry.itemId === 'lethality-assessment' && entry.details?.['screenId'] === screen.id);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => {
    const list = saved?.details?.['answers'];
    return Array.isArray(list) ? Object.fromEntries(list.map((pair) => pair.split('=') as [string, Answer])) : {};
  });
  const result = evaluateRiskScreen(screen, answers);
  const answered = Object.keys(answers).length;
  const save = () =>
    void session.setItemState('lethality-assessment', 'done', {
      screenId: screen.id,
      answers: Object.entries(answers).map(([id, answer]) => `${id}=${answer}`),
      triggered: result.triggered,
    });

  return (
    <details class="vsp-risk" data-testid="risk-screen" data-screen-id={screen.id} open={answered > 0}>
      <summary class="vsp-subheading">{screen.title}</summary>
      {screen.example ? <p class="vsp-notice vsp-small">{t('riskExample')}</p> : null}
      {screen.notice ? <p class="vsp-small" lang={screen.language}>{screen.notice}</p> : null}
      <ol class="vsp-risk-questions" lang={screen.language}>
        {screen.questions.map((question) => (
          <li key={question.id}>
            <fieldset class="vsp-yesno">
              <legend>{question.text}</legend>
              {ANSWERS.map(({ value, key }) => (
                <label key={value} class="vsp-radio">
                  <input type="radio" name={`vsp-risk-${screen.id}-${question.id}`} checked={answers[question.id] === value} onChange={() => setAnswers({ ...answers, [question.id]: value })} />
                  {t(key)}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      {result.triggered ? (
        <div role="alert" class="vsp-risk-protocol" data-testid="risk-triggered">
          <p>
            <strong>{t('riskTriggered')}</strong>
          </p>
          <ol lang={screen.language}>
            {screen.protocol.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </div>
      ) : answered > 0 ? (
        <p class="vsp-muted vsp-small">{t('riskNotTriggered')}</p>
      ) : null}
      <button type="button" class="vsp-button vsp-button--quiet" disabled={!session.canRecord.value || answered === 0} onClick={save} data-testid="risk-save">
        {t('riskSave')}
      </button>
    </details>
  );
}
