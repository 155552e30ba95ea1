import { MyActionsList } from '../features/plans/components/MyActionsList';

export function MyActionsPage() {
  return <MyActionsList />;
}
