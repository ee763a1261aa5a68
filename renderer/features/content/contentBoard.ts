import { contentStage, type ContentStage } from '../../../shared/content/contentFlow';
import type { Procedure, Step } from '../../../shared/sop/schema';
import type { ContentItemRow } from '../../db/contentRows';
import type { MejaDatabase } from '../../db/database';
import { contentProcedure, listContent, listContentSteps, progressOfItem } from './contentSteps';

/** One card of the board: the item, its column, and the step that waits (routed). */
export interface BoardCard {
  item: ContentItemRow;
  stage: ContentStage;
  procedure: Procedure | null;
  next: Step | null;
}

/** Every content item with its board column, newest first. */
export async function readBoard(db: MejaDatabase): Promise<BoardCard[]> {
  const cards: BoardCard[] = [];
  for (const item of await listContent(db)) {
    const procedure = (await contentProcedure(db, item)) ?? null;
    if (!procedure) {
      cards.push({ item, stage: 'dikumpulkan', procedure: null, next: null });
      continue;
    }
    const progress = progressOfItem(procedure, item, await listContentSteps(db, item.id));
    cards.push({
      item,
      stage: contentStage(procedure, item.status, progress.next),
      procedure,
      next: progress.next,
    });
  }
  return cards;
}
