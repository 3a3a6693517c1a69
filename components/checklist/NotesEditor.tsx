import { usePlatform } from '../context';
import { useIncidentSession } from './context';
import { SaveBadge } from './SaveBadge';

/** Free-text notes, autosaved a moment after typing stops; the text stays until it is stored. */
export function NotesEditor() {
  const { t } = usePlatform();
  const session = useIncidentSession();
  // The note being typed is in the box; the list holds the others (earlier sittings, other panels).
  const saved = (session.incident.value?.notes ?? []).filter((note) => note.id !== session.currentNoteId.value);
  return (
    <div class="vsp-notes">
      <label for="vsp-notes-input" class="vsp-subheading">
        {t('notesLabel')}
      </label>
      <textarea
        id="vsp-notes-input"
        class="vsp-input vsp-textarea"
        rows={4}
        value={session.noteDraft.value}
        disabled={!session.canRecord.value}
        data-testid="notes-input"
        onInput={(event) => session.saveNote((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <SaveBadge state={session.noteState.value} testId="notes-status" />
      {saved.length > 0 ? (
        <details class="vsp-earlier-notes">
          <summary>{t('notesEarlier', { count: String(saved.length) })}</summary>
          <ul>
            {saved.map((note) => (
              <li key={note.id} data-testid="saved-note">
                {note.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
