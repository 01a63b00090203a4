#!/usr/bin/env python3
"""Check the gold of the corpus parts: every evidence fragment occurs verbatim in its article's text
(for HTML pages, the text inside <article>), every subject/object/claimant names a gold entity,
and every file exists. Usage: python3 check_evidence.py [GOLD.jsonl ...] (default: every part's gold.jsonl)"""
import glob, html, json, os, re, sys

def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    m = re.search(r"<article\b.*?</article>", raw, re.S)
    body = m.group(0) if m else raw
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)

def names(x):
    return [] if x is None else (x if isinstance(x, list) else [x])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*", "gold.jsonl")))
    bad = 0
    n = 0
    for gold_path in paths:
        bad_here, n_here = check(gold_path)
        bad += bad_here
        n += n_here
    print(f"checked {n} relations, {bad} problems")
    return 1 if bad else 0

def check(gold_path):
    base = os.path.dirname(os.path.abspath(gold_path))
    bad = 0
    n = 0
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        path = os.path.join(base, g["file"])
        if not os.path.exists(path):
            print(g["id"], "MISSING FILE", g["file"]); bad += 1; continue
        text = article_text(path)
        ents = {e["name"] for e in g["entities"]}
        for r in g["relations"]:
            n += 1
            if r["evidence"] not in text:
                print(g["id"], "EVIDENCE NOT FOUND:", r["evidence"][:90]); bad += 1
            for role in ("subject", "object", "claimant"):
                for nm in names(r.get(role)):
                    if nm not in ents:
                        print(g["id"], role, "not an entity:", nm); bad += 1
    return bad, n

if __name__ == "__main__":
    sys.exit(main())
