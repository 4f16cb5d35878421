/** The worksheet controller's workshop actions: the participant's name, a shared device reset. */
import { info, type Session } from './controller-session';

export function workshopActions<T>(s: Session<T>) {
  return {
    /**
     * Shared devices: delete everything this namespace holds (every worksheet of the workshop)
     * and start afresh for the next participant. Pending edits are dropped with the rest.
     */
    resetNamespace(message: string) {
      s.flush();
      s.store.clearNamespace();
      s.patch({ shared: null, transferMessage: null });
      s.open(s.freshDraft(), info(message));
    },
    /** The participant's name (workshop mode), kept for every worksheet of the namespace. */
    setParticipant(name: string) {
      s.store.setParticipant(name);
      s.set({ participant: s.store.participant() });
    },
  };
}
