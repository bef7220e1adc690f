#!/usr/bin/env bash
# Web pages: eval-html.sh BIN EVAL_DIR. Scores the article text newsbrief extracts from the html-dev
# pages (body F1 with score_html.py, headline left out), with and without newsbrief's cleanup of what
# the extraction library keeps; then compares the briefs made from each page with the briefs made from
# the page's hand-checked body (same headline, same publication date): people, quotes and dates.
set -euo pipefail
bin=$1
set_dir=$2/html-dev
if [ ! -f "$set_dir/gold.jsonl" ]; then
	echo "eval-html: no $set_dir/gold.jsonl" >&2
	exit 2
fi
mkdir -p bin/eval
python3 - "$bin" "$set_dir" "$2/score_html.py" <<'PY'
import concurrent.futures, gzip, json, os, subprocess, sys
binary, set_dir, scorer = sys.argv[1:4]
gold = [json.loads(l) for l in open(os.path.join(set_dir, "gold.jsonl"), encoding="utf-8")]
page = lambda g: gzip.open(os.path.join(set_dir, "pages", g["id"] + ".html.gz")).read()

def body(g, flags):
    r = subprocess.run([binary, "text", "-q", "--body-only", "--input-format", "html", *flags, "-"],
                       input=page(g), capture_output=True)
    return {"id": g["id"], "text": r.stdout.decode() if r.returncode == 0 else ""}

def score(name, flags):
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        preds = list(pool.map(lambda g: body(g, flags), gold))
    path = f"bin/eval/html-dev.{name}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(p) + "\n" for p in preds)
    r = json.loads(subprocess.run(["python3", scorer, set_dir, path], capture_output=True, check=True).stdout.splitlines()[0])
    print(f"html-dev body {name:<13} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} ({r['pages']} pages)")

print("== html-dev")
score("library only", ["--library-only"])
score("with cleanup", [])

def briefs(records):
    out = subprocess.run([binary, "-q", "--input-format", "ndjson", "--format", "ndjson"],
                         input="".join(json.dumps(r) + "\n" for r in records).encode(), capture_output=True).stdout
    return {b["id"]: b for b in map(json.loads, out.decode().splitlines())}

from_page = briefs([{"id": g["id"], "html": page(g).decode("utf-8", "replace"), "url": g["url"]} for g in gold])
from_gold = briefs([{"id": g["id"], "text": (from_page[g["id"]]["title"] + "\n\n" if g["id"] in from_page and from_page[g["id"]]["title"] else "") + g["body"],
                     "published": from_page.get(g["id"], {}).get("published")} for g in gold if g["id"] in from_page])

def items(b):
    norm = lambda s: " ".join(s.split())
    return ({("person", p["name"]) for p in b["people"]} | {("quote", norm(q["text"])) for q in b["quotes"]}
            | {("date", d["text"], d["value"]) for d in b["dates"]})

both = page_only = gold_only = 0
for k, g in from_gold.items():
    a, b = items(from_page[k]), items(g)
    both += len(a & b); page_only += len(a - b); gold_only += len(b - a)
union = both + page_only + gold_only
print(f"html-dev briefs from page vs from gold body: {both}/{union} items agree ({100 * both / max(union, 1):.1f}%); "
      f"{100 * both / max(both + gold_only, 1):.1f}% of the gold body's items found from the page, "
      f"{100 * both / max(both + page_only, 1):.1f}% of the page's items in the gold body's brief "
      f"({len(from_page)}/{len(gold)} pages briefed)")
PY
