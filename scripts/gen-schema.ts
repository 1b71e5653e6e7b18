/** Generate docs/analysis.schema.json from the zod contract; --check fails when the file is stale. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { Analysis } from "../src/contract/analysis.js";
import { repoRoot } from "../src/eval/data-dir.js";

const target = join(repoRoot, "docs", "analysis.schema.json");
const schema = z.toJSONSchema(Analysis, { target: "draft-2020-12" });
const text = `${JSON.stringify({ ...schema, $id: "https://entente.dev/schema/analysis-v1.json", title: "entente Analysis v1" }, null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    process.stderr.write("docs/analysis.schema.json is stale: run `npm run schema`\n");
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
