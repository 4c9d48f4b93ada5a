import { Button } from '@mantine/core';

interface Props {
  /** An infinite query's next-page state (TanStack Query). */
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label: string;
}

/** "Show older entries" under a log read a page at a time; absent on the last page. */
export function LoadMoreButton({ query, label }: Props) {
  if (!query.hasNextPage) return null;
  return (
    <Button
      variant="default"
      onClick={() => void query.fetchNextPage()}
      loading={query.isFetchingNextPage}
      style={{ alignSelf: 'flex-start' }}
    >
      {label}
    </Button>
  );
}
