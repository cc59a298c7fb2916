// /pick shows the pick lists; /pick?l=NUMBER the list being picked.
import { useRoute } from '../../app/router.ts';
import { PickListScreen } from './PickListScreen.tsx';
import { PickScreen } from './PickScreen.tsx';
import './pick-list-lookup.ts';

export function PickingRoute() {
  const number = useRoute().query.get('l');
  return number ? <PickScreen key={number} number={number} /> : <PickListScreen />;
}
