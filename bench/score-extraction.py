#!/usr/bin/env python3
"""Score techmil's extraction on the team's development corpus, split into its development and held-out parts.

Usage: bench/score-extraction.py [CORPUS_DIR ...]   (default: src/test/resources/corpus/*)

Each corpus folder holds articles, gold.jsonl (the acceptance format) and heldout.txt (ids kept out of tuning).
The script writes one gold file per part with absolute article paths and runs
../shared/acceptance/evaluate.py on each (or $TECHMIL_EVALUATE), printing the summary line of each part.
"""
import glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
EVALUATE = os.environ.get("TECHMIL_EVALUATE", os.path.join(PROJECT, "..", "shared", "acceptance", "evaluate.py"))


def main():
    folders = sys.argv[1:] or sorted(glob.glob(os.path.join(PROJECT, "src/test/resources/corpus/*/")))
    parts = {"development": [], "held-out": []}
    for folder in folders:
        gold_path = os.path.join(folder, "gold.jsonl")
        if not os.path.exists(gold_path):
            continue
        held = set()
        if os.path.exists(os.path.join(folder, "heldout.txt")):
            held = {l.strip() for l in open(os.path.join(folder, "heldout.txt")) if l.strip()}
        for line in open(gold_path, encoding="utf8"):
            if not line.strip():
                continue
            g = json.loads(line)
            g["file"] = os.path.abspath(os.path.join(folder, g["file"]))
            parts["held-out" if g["id"] in held else "development"].append(g)
    tmp = tempfile.mkdtemp(prefix="techmil-score-")
    for name, golds in parts.items():
        path = os.path.join(tmp, name + ".gold.jsonl")
        with open(path, "w", encoding="utf8") as f:
            for g in golds:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
        p = subprocess.run([sys.executable, EVALUATE, path, "--project", PROJECT, "--json", os.path.join(tmp, name + ".json")],
                           capture_output=True, text=True)
        lines = p.stdout.strip().splitlines()
        if "-v" in os.environ.get("TECHMIL_SCORE_FLAGS", ""):
            print("\n".join(lines[:-2]))
        print(f"{name} ({len(golds)} articles): {lines[-1] if lines else p.stderr.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
