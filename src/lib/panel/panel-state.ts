import type { Panel, PanelRef } from '@/lib/api/schemas';

/** A panel as the app holds it when an export starts: its data, and whether it answered. */
export interface PanelState {
  ref: PanelRef;
  status: 'pending' | 'error' | 'success';
  panel: Panel | undefined;
}
