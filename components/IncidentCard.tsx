import { useState } from 'preact/hooks';
import type { MessageKey } from '../lib/i18n';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '../lib/taxonomy';
import { usePanelStore, usePlatform } from './context';
import type { ShownCategory } from './panel-store';

/** What the panel read from the RMS page, what it means, and the officer's correction. */
export function IncidentCard() {
  const { t } = usePlatform();
  const store = usePanelStore();
  const state = store.page.value;
  const reading = state.kind === 'reading' ? state.page.reading : undefined;
  const { signals } = store.recognition.value;
  const categories = store.categories.value;

  let message: MessageKey | undefined;
  if (state.kind !== 'reading' || !reading) message = 'incidentWaiting';
  else if (!reading.hasIncidentField && signals.length === 0) message = 'incidentNoField';
  else if (signals.length === 0) message = 'incidentFieldEmpty';
  else if (categories.length === 0) message = 'incidentNotRecognised';

  return (
    <section class="vsp-card" aria-labelledby="vsp-incident-heading">
      <div class="vsp-card-head">
        <h2 id="vsp-incident-heading" class="vsp-card-title">
          {t('incidentHeading')}
        </h2>
        {reading?.caseNumber ? (
          <span class="vsp-case" data-testid="case-number">
            {t('incidentCase', { value: reading.caseNumber.value })}
          </span>
        ) : null}
      </div>
      {signals.length > 0 ? (
        <ul class="vsp-signals">
          {signals.map(({ signal }) => (
            <li key={`${signal.label}\n${signal.text}`}>
              <span class="vsp-signal-text" data-testid="incident-text">
                {signal.text}
              </span>
              <span class="vsp-muted vsp-small">{t('incidentReadFrom', { label: signal.label })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <p class="vsp-muted" data-testid="incident-message">
          {t(message)}
        </p>
      ) : null}
      {state.kind === 'reading' ? <Categories categories={categories} /> : null}
    </section>
  );
}

function Categories({ categories }: { categories: ShownCategory[] }) {
  const platform = usePlatform();
  const { t, uiLanguage } = platform;
  const store = usePanelStore();
  const [editing, setEditing] = useState(false);
  const corrected = categories.some((category) => category.chosenByOfficer);
  const names = categories.map((category) => categoryLabel(category.id, uiLanguage)).join(', ');
  return (
    <div class="vsp-categories">
      {/* Announced politely when the recognised kind changes; focus never moves. */}
      <p class="vsp-visually-hidden" aria-live="polite" aria-atomic="true">
        {categories.length > 0 ? t('categoriesAnnounce', { categories: names }) : ''}
      </p>
      {categories.length > 0 ? (
        <>
          <h3 class="vsp-subtitle">{t('categoriesHeading')}</h3>
          <ul class="vsp-category-list">
            {categories.map((category) => (
              <li key={category.id} class="vsp-category" data-testid="incident-category" data-category={category.id}>
                <span class="vsp-category-name">{categoryLabel(category.id, uiLanguage)}</span>
                {category.chosenByOfficer ? (
                  <span class="vsp-badge">{t('categoryChosenByOfficer')}</span>
                ) : category.why ? (
                  <details class="vsp-why">
                    <summary>{t('categoryWhy')}</summary>
                    <p>{category.why}</p>
                    {category.confidence !== undefined ? (
                      <p class="vsp-muted vsp-small">{t('categoryConfidence', { percent: Math.round(category.confidence * 100) })}</p>
                    ) : null}
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {editing ? (
        <CategoryPicker
          initial={categories[0]?.id}
          onCancel={() => setEditing(false)}
          onChoose={(id) => {
            store.correct([id]);
            setEditing(false);
          }}
        />
      ) : (
        <div class="vsp-actions">
          <button type="button" class="vsp-button vsp-button--quiet" data-testid="change-category" onClick={() => setEditing(true)}>
            {categories.length > 0 ? t('changeCategory') : t('chooseCategory')}
          </button>
          {corrected ? (
            <button type="button" class="vsp-button vsp-button--quiet" data-testid="undo-correction" onClick={() => store.undoCorrection()}>
              {t('undoCorrection')}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}

function CategoryPicker({ initial, onChoose, onCancel }: { initial?: CategoryId | undefined; onChoose: (id: CategoryId) => void; onCancel: () => void }) {
  const { t, uiLanguage } = usePlatform();
  const [value, setValue] = useState<string>(initial ?? '');
  const sorted = [...CATEGORY_IDS].sort((a, b) => categoryLabel(a, uiLanguage).localeCompare(categoryLabel(b, uiLanguage), uiLanguage));
  return (
    <form
      class="vsp-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onChoose(value as CategoryId);
      }}
    >
      <label class="vsp-label" for="vsp-category-picker">
        {t('chooseCategory')}
      </label>
      <select id="vsp-category-picker" class="vsp-select" data-testid="category-picker" value={value} onChange={(event) => setValue(event.currentTarget.value)}>
        <option value="">{t('chooseCategoryPlaceholder')}</option>
        {sorted.map((id) => (
          <option key={id} value={id}>
            {categoryLabel(id, uiLanguage)}
          </option>
        ))}
      </select>
      <div class="vsp-actions">
        <button type="submit" class="vsp-button" data-testid="use-category" disabled={!value}>
          {t('useCategory')}
        </button>
        <button type="button" class="vsp-button vsp-button--quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
