// /receive shows the receipt list; /receive?r=NUMBER the receipt itself.
import { useRoute } from '../../app/router.ts';
import { ReceiptListScreen } from './ReceiptListScreen.tsx';
import { ReceiptScreen } from './ReceiptScreen.tsx';
import './receipt-lookup.ts';

export function ReceivingRoute() {
  const number = useRoute().query.get('r');
  return number ? <ReceiptScreen key={number} number={number} /> : <ReceiptListScreen />;
}
