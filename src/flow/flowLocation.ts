import type { SnapshotFrom } from 'xstate';
import type { FlowLocation, FlowMachine } from './flowMachine';

export function flowLocation(snapshot: SnapshotFrom<FlowMachine>): FlowLocation {
  if (snapshot.matches('question') && snapshot.context.stepId) {
    return { screen: 'question', stepId: snapshot.context.stepId };
  }
  if (snapshot.matches('review')) return { screen: 'review' };
  if (snapshot.matches('result')) return { screen: 'result' };
  if (snapshot.matches('privacy')) return { screen: 'privacy' };
  if (snapshot.matches('handover')) return { screen: 'handover' };
  return { screen: 'start' };
}

export function locationKey(location: FlowLocation): string {
  return location.screen === 'question' ? `question:${location.stepId}` : location.screen;
}

export function isFlowLocation(value: unknown): value is FlowLocation {
  if (typeof value !== 'object' || value === null || !('screen' in value)) return false;
  const { screen } = value as { screen: unknown };
  if (screen === 'question') return typeof (value as { stepId?: unknown }).stepId === 'string';
  return ['start', 'review', 'result', 'privacy', 'handover'].includes(screen as string);
}
