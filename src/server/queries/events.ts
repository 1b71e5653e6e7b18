/**
 * Event search with the filters the API offers (type, actor, recipient, either side, a pair, modality,
 * dates), newest first, plus a total count: the store's event filter and hydration.
 */
import type { Store } from "../../store/index.js";
import { countEvents, queryEvents } from "../../store/read.js";
import type { ActorRef, EventRecord } from "../../store/types.js";
import type { Page } from "../dto.js";

export interface EventQuery {
  type?: string;
  actor?: string;
  recipient?: string;
  involving?: string;
  /** Events between the two, in either direction. */
  between?: [ActorRef, ActorRef];
  modality?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function findEvents(store: Store, q: EventQuery): Page<EventRecord> {
  const { limit, offset, ...filter } = q;
  return {
    total: countEvents(store.db, filter),
    items: queryEvents(store.db, { ...filter, newestFirst: true, limit, offset }),
  };
}
