import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ChecklistStore } from './checklist-store';
import type { IncidentSession } from './incident-session';

export const IncidentSessionContext = createContext<IncidentSession | null>(null);
export const ChecklistStoreContext = createContext<ChecklistStore | null>(null);

export function useIncidentSession(): IncidentSession {
  const session = useContext(IncidentSessionContext);
  if (!session) throw new Error('useIncidentSession outside <App>');
  return session;
}

export function useChecklistStore(): ChecklistStore {
  const store = useContext(ChecklistStoreContext);
  if (!store) throw new Error('useChecklistStore outside <App>');
  return store;
}
