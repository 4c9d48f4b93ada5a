import { useState, type ReactNode } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { briefingStore, useBriefingPack, type BriefingItem } from '../briefing-store';

interface Props {
  user: string;
  /** The live panel for a pinned item, rendered with the item's own filters (app layer). */
  renderItem: (item: BriefingItem) => ReactNode;
  /** A short label for an item in announcements and controls: its panel title. */
  itemLabel: (item: BriefingItem) => string;
  /** The pack's export controls (app layer). */
  exportControls?: ReactNode;
}

function SortableItem({
  item,
  index,
  count,
  user,
  label,
  children,
  onMove,
}: {
  item: BriefingItem;
  index: number;
  count: number;
  user: string;
  label: string;
  children: ReactNode;
  onMove: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.key });
  return (
    <Card
      ref={setNodeRef}
      withBorder
      radius="md"
      padding="sm"
      component="li"
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.7 : 1,
        listStyle: 'none',
      }}
      data-briefing-key={item.key}
      aria-label={t('briefing.itemLabel', { n: index + 1, title: label })}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('briefing.dragHandle', { title: label })}
              {...attributes}
              {...listeners}
              style={{ cursor: 'grab', touchAction: 'none' }}
            >
              <IconGripVertical size={18} aria-hidden />
            </ActionIcon>
            <Text fw={700}>
              {index + 1}. {label}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              aria-label={t('briefing.moveUp', { title: label })}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('briefing.moveDown', { title: label })}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              color="red"
              aria-label={t('briefing.remove', { title: label })}
              onClick={() => briefingStore.remove(user, item.key)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          label={t('briefing.caption', { n: index + 1 })}
          placeholder={t('briefing.captionPlaceholder')}
          value={item.caption}
          onChange={(e) => briefingStore.setCaption(user, item.key, e.currentTarget.value)}
        />
        {children}
      </Stack>
    </Card>
  );
}

/** 보고서 바구니: the user's pinned panels, ordered, captioned, exportable as one pack. */
export function BriefingPage({ user, renderItem, itemLabel, exportControls }: Props) {
  const { t } = useTranslation();
  const pack = useBriefingPack(user);
  const [status, setStatus] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const labelOf = (key: string | number) => {
    const item = pack.items.find((i) => i.key === key);
    return item ? itemLabel(item) : '';
  };
  const positionOf = (key: string | number) => pack.items.findIndex((i) => i.key === key) + 1;

  const move = (from: number, to: number) => {
    const item = pack.items[from];
    if (!item || to < 0 || to >= pack.items.length) return;
    briefingStore.move(user, from, to);
    setStatus(
      t('briefing.moved', { title: itemLabel(item), position: to + 1, total: pack.items.length }),
    );
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    briefingStore.move(user, positionOf(active.id) - 1, positionOf(over.id) - 1);
  };

  // Spoken by dnd-kit's live region during keyboard and pointer dragging.
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('briefing.dragStart', { title: labelOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('briefing.dragOver', { title: labelOf(active.id), position: positionOf(over.id) })
        : '',
    onDragEnd: ({ active, over }) =>
      over
        ? t('briefing.moved', {
            title: labelOf(active.id),
            position: positionOf(over.id),
            total: pack.items.length,
          })
        : '',
    onDragCancel: ({ active }) => t('briefing.dragCancel', { title: labelOf(active.id) }),
  };

  return (
    <Stack gap="md">
      <Title order={1} id="page-title" tabIndex={-1}>
        {t('nav.briefing')}
      </Title>
      <Group align="flex-end" wrap="wrap" className="no-print">
        <TextInput
          label={t('briefing.packTitle')}
          placeholder={t('briefing.packTitlePlaceholder')}
          value={pack.title}
          onChange={(e) => briefingStore.setMeta(user, { title: e.currentTarget.value })}
          style={{ flex: '2 1 260px' }}
        />
        <TextInput
          type="date"
          label={t('briefing.packDate')}
          value={pack.date}
          onChange={(e) => briefingStore.setMeta(user, { date: e.currentTarget.value })}
          style={{ flex: '1 1 160px' }}
        />
        {exportControls}
        <Button
          variant="subtle"
          color="red"
          disabled={pack.items.length === 0}
          onClick={() => {
            if (window.confirm(t('briefing.clearConfirm'))) briefingStore.clear(user);
          }}
        >
          {t('briefing.clear')}
        </Button>
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {status}
      </VisuallyHidden>
      {pack.items.length === 0 ? (
        <Alert color="gray" title={t('briefing.emptyTitle')}>
          {t('briefing.emptyBody')}
        </Alert>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('briefing.dragInstructions') },
          }}
        >
          <SortableContext
            items={pack.items.map((i) => i.key)}
            strategy={verticalListSortingStrategy}
          >
            <Stack component="ol" gap="md" p={0} m={0} aria-label={t('briefing.listLabel')}>
              {pack.items.map((item, index) => (
                <SortableItem
                  key={item.key}
                  item={item}
                  index={index}
                  count={pack.items.length}
                  user={user}
                  label={itemLabel(item)}
                  onMove={move}
                >
                  {renderItem(item)}
                </SortableItem>
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
    </Stack>
  );
}
