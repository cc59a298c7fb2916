// Which task tiles each role sees on the home screen.
import {
  countingRoles,
  floorRoles,
  hasAnyRole,
  pickingRoles,
  receivingRoles,
  Role,
} from '#core/roles.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { IconName } from '../../components/Icon.tsx';

export interface Tile {
  id: string;
  path: string;
  label: MessageKey;
  icon: IconName;
  roles: readonly Role[];
  primary?: boolean;
}

const all: Tile[] = [
  { id: 'move', path: '/move', label: 'home.move', icon: 'move', roles: floorRoles, primary: true },
  { id: 'pick', path: '/pick', label: 'home.pick', icon: 'pick', roles: pickingRoles },
  {
    id: 'receive',
    path: '/receive',
    label: 'home.receive',
    icon: 'receive',
    roles: receivingRoles,
  },
  {
    id: 'putaway',
    path: '/putaway',
    label: 'home.putaway',
    icon: 'putaway',
    roles: receivingRoles,
  },
  { id: 'count', path: '/count', label: 'home.count', icon: 'count', roles: countingRoles },
  { id: 'lookup', path: '/lookup', label: 'home.lookup', icon: 'lookup', roles: floorRoles },
  {
    id: 'console',
    path: '/console',
    label: 'home.console',
    icon: 'console',
    roles: [Role.supervisor, Role.admin],
  },
  { id: 'sync', path: '/sync', label: 'home.sync', icon: 'sync', roles: floorRoles },
  {
    id: 'settings',
    path: '/settings',
    label: 'home.settings',
    icon: 'settings',
    roles: floorRoles,
  },
  { id: 'admin', path: '/admin', label: 'home.admin', icon: 'settings', roles: [Role.admin] },
  { id: 'pack', path: '/pack', label: 'home.pack', icon: 'pick', roles: pickingRoles },
];

export const tilesFor = (roles: readonly string[]): Tile[] =>
  all.filter((t) => hasAnyRole(roles, t.roles));
