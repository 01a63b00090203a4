#!/usr/bin/env python3
"""F1 of `techmil clean` on a development half and a held-out half of the 181 benchmark pages.

Usage: bench/holdout.py [--project DIR] [--shared DIR] [--keep-predictions DIR]

The split is fixed and needs no randomness: page ids sorted, every 5th one (positions 4, 9, 14, ...)
held out, 36 pages; the other 145 are the development half. Rules are looked at and changed
against the development half only. For both benchmarks (HTML pages and text scrapes) this runs
`./techmil clean --format jsonl` once over all pages through the benchmarks' own score.py
(imported, so metric and launcher call are theirs), then scores all pages and each half.
"""
import argparse, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(path))
    spec.loader.exec_module(mod)
    sys.path.pop(0)
    return mod


def split(ids):
    ordered = sorted(ids)
    held = {k for i, k in enumerate(ordered) if i % 5 == 4}
    return [k for k in ordered if k not in held], sorted(held)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", default=os.path.dirname(HERE))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(HERE), "..", "shared"))
    ap.add_argument("--keep-predictions", metavar="DIR", help="also write html.json and txt.json predictions here")
    a = ap.parse_args()
    html = load("html_score", os.path.join(a.shared, "bench", "article-extraction", "score.py"))
    text = load("text_score", os.path.join(a.shared, "bench", "text-scrapes", "score.py"))
    truth = json.load(open(os.path.join(a.shared, "bench", "article-extraction", "ground-truth.json"), encoding="utf8"))
    dev, held = split(truth)
    project = os.path.abspath(a.project)
    runs = {
        "html": html.run_project(project, list(truth)),
        "txt": text.run_project(project, list(truth)),
    }
    print(f"split: {len(dev)} development pages, {len(held)} held out (sorted ids, every 5th held out)")
    print(f"{'benchmark':<12}{'part':<10}{'pages':>6}{'F1':>8}{'P':>8}{'R':>8}")
    for bench, preds in runs.items():
        if a.keep_predictions:
            os.makedirs(a.keep_predictions, exist_ok=True)
            with open(os.path.join(a.keep_predictions, bench + ".json"), "w", encoding="utf8") as f:
                json.dump(preds, f, ensure_ascii=False)
        for part, ids in (("all", sorted(truth)), ("dev", dev), ("held-out", held)):
            p, r, f1 = html.score({k: truth[k] for k in ids}, preds)
            print(f"{bench:<12}{part:<10}{len(ids):>6}{f1:>8.3f}{p:>8.3f}{r:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
