// Import templates the console hands out: the columns each import route reads (server/import/*,
// server/tasks/*/import.ts) with one example row, as CSV with a BOM so Excel opens it as UTF-8;
// a count task is one JSON object. Downloaded from the browser, no server round trip.
export const templates = {
  items: [
    'sku,description,unit,lot_tracked,expiry_tracked,serial_tracked,unit_value,zone,home_location,min_shelf_days_receive,min_shelf_days_ship,barcodes',
    'SKU-20001,Example item,EA,false,false,false,1250,A,A-01-1,0,0,5901234123457',
  ],
  locations: ['code,barcode,zone,kind,walk_seq', 'A-01-1,A-01-1,A,storage,10'],
  receipts: [
    'number,supplier,due_date,type,dock,tolerance_pct,line,sku,expected_qty,lot,expiry,serials',
    'PO-2001,Example supplier,2026-12-31,purchase,DOCK-1,0,1,SKU-20001,12,,,',
  ],
  'pick-lists': [
    'number,kind,assigned_to,order,tote,line,sku,location,qty',
    'PL-5001,single,,SO-9001,,1,SKU-20001,A-01-1,2',
  ],
} as const;

export type TemplateKind = keyof typeof templates | 'count-tasks';

const COUNT_TASK = {
  id: 'CT-2001',
  zone: 'A',
  assignedTo: null,
  dueDate: '2026-12-31',
  blind: true,
  tolerance: { kind: 'qty', value: 0 },
  note: 'Either zone, aisle or locations: ["A-01-1", "A-01-2"]',
};

export function templateFile(kind: TemplateKind): { name: string; type: string; text: string } {
  if (kind === 'count-tasks')
    return {
      name: 'count-task-template.json',
      type: 'application/json',
      text: `${JSON.stringify(COUNT_TASK, null, 2)}\n`,
    };
  return {
    name: `${kind}-template.csv`,
    type: 'text/csv;charset=utf-8',
    text: `\uFEFF${templates[kind].join('\r\n')}\r\n`,
  };
}

export function downloadTemplate(kind: TemplateKind): void {
  const f = templateFile(kind);
  const url = URL.createObjectURL(new Blob([f.text], { type: f.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = f.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
