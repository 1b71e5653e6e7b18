/**
 * Generated sections of the docs: the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`
 * in a file under docs/ is replaced by the script that measures it, never edited by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../src/eval/data-dir.js";

/** Replace the section `name` of docs/`file` with `content` (which goes between the markers). */
export function writeDocSection(file: string, name: string, content: string): void {
  const path = join(repoRoot, "docs", file);
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const doc = readFileSync(path, "utf8");
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`docs/${file} lacks the ${name} markers`);
  writeFileSync(path, `${doc.slice(0, i)}${begin}\n${content}${end}${doc.slice(j + end.length)}`);
  process.stdout.write(`updated docs/${file} (${name})\n`);
}
