/** Opening a store: SQLite in WAL mode with the schema migrated to the latest version. */
import Database from "better-sqlite3";
import { EntenteError } from "../contract/errors.js";
import { LATEST_VERSION, MIGRATIONS, type Migration } from "./schema.js";

export type Db = Database.Database;

export const DEFAULT_DB_PATH = "./entente.db";

/** SQLite page-cache size in KiB (negative = KiB): bounded so memory stays flat as the store grows. */
const CACHE_KIB = 32 * 1024;

export interface OpenDbOptions {
  readonly?: boolean;
  /** Apply migrations up to this version only (tests build older stores with it). */
  targetVersion?: number;
}

export function currentVersion(db: Db): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!has) return 0;
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db, target: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const from = currentVersion(db);
  if (from > LATEST_VERSION) {
    throw new EntenteError("E_UNSUPPORTED", `the store has schema version ${from}; this entente knows up to ${LATEST_VERSION}`);
  }
  const record = db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
  for (const m of migrations) {
    if (m.version <= from || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.description, new Date().toISOString());
    })();
  }
  return currentVersion(db);
}

export function openDb(path: string = DEFAULT_DB_PATH, opts: OpenDbOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw new EntenteError("E_IO", `cannot open store ${path}: ${(e as Error).message}`);
  }
  db.pragma(`cache_size = -${CACHE_KIB}`);
  if (!opts.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db, opts.targetVersion ?? LATEST_VERSION);
  } else if (currentVersion(db) < LATEST_VERSION) {
    db.close();
    throw new EntenteError(
      "E_UNSUPPORTED",
      `the store at ${path} needs migrating: open it once for writing (entente ingest, query or export do)`,
    );
  }
  db.pragma("temp_store = MEMORY");
  return db;
}
