// /count: the count tasks; /count?t=TASK a task's locations; /count?t=TASK&l=LOC or /count?l=LOC
// (ad-hoc) the count of one location.
import { useRoute } from '../../app/router.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { CountTaskListScreen } from './CountTaskListScreen.tsx';
import { CountTaskScreen } from './CountTaskScreen.tsx';
import { LocationCountScreen } from './LocationCountScreen.tsx';
import './counting.css';

export function CountingRoute({ session }: { session: SessionMeta }) {
  const { query } = useRoute();
  const task = query.get('t');
  const location = query.get('l');
  if (location)
    return <LocationCountScreen key={`${task}|${location}`} task={task} location={location} />;
  if (task) return <CountTaskScreen key={task} id={task} />;
  return <CountTaskListScreen session={session} />;
}
