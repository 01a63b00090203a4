#!/usr/bin/env python3
"""Writes a synthetic news corpus for techmil's build benchmark.

Articles read like wire copy: a headline, a byline, a dateline, four to nine paragraphs, and page clutter
around them (HTML navigation or the lines a text scrape picks up). Names come from the gazetteer, so the
extractor finds entities, and the sentences use the verbs its claim frames know, so most articles carry
claims (allegations, denials, designations, contracts, partnerships, investigations); about one in six is a
decoy with names but no claim. The same seed gives byte-identical output.

    bench/generate-corpus.py --count 10000 --seed 7 --out /tmp/corpus            # .html and .txt files
    bench/generate-corpus.py --count 10000 --format jsonl --out /tmp/c.jsonl       # JSON lines
    bench/generate-corpus.py --count 10000 --format warc --out /tmp/c.warc.gz      # WARC, gzip per record
"""
import argparse
import gzip
import hashlib
import html
import io
import json
import os
import random
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "..", "extractor", "gazetteer.jsonl")

PRODUCTS = ["high-performance servers", "AI accelerator chips", "drone engines", "satellite imagery",
            "facial-recognition software", "cloud computing services", "encrypted radios", "thermal cameras",
            "speech-recognition models", "navigation modules", "machine-learning tools", "surveillance systems"]
PURPOSES = ["weapons-design simulations", "battlefield surveillance", "military AI research",
            "targeting software", "signals intelligence", "logistics planning", "training simulators"]
REPORTERS = ["Amara Lindqvist", "Tomasz Berger", "Priya Ramanathan", "Jonah Whitfield", "Leila Haddad",
             "Mateo Ferreira", "Hana Kobayashi", "Oluwaseun Adeyemi", "Clara Mertens", "Dmitri Volkov",
             "Sofia Marchetti", "Kwame Asante"]
CITIES = ["Washington", "Brussels", "London", "Berlin", "Tokyo", "Seoul", "New Delhi", "Taipei", "Paris",
          "Canberra", "Ottawa", "Jerusalem", "Ankara", "Kyiv", "Singapore"]
SITES = ["The Capital Ledger", "Northern Wire", "The Policy Desk", "Harbour Post", "Global Circuit Review"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

CLAIMS = {
    "allegation": [
        "{gov} accused {firm} of supplying {product} to {mil} for {purpose}.",
        "In a notice published on {day}, {gov} said {firm} had provided {product} to {mil}.",
        "Officials at {gov} alleged that {firm} helped {mil} obtain {product} used in {purpose}.",
    ],
    "denial": [
        "{firm} denied the allegations. \u201cWe have never supplied products for military purposes,\u201d the company said in a statement.",
        "{firm} rejected the accusations as baseless and said it complies with the laws of every market in which it operates.",
    ],
    "designation": [
        "{gov} added {firm} to its Entity List on {day}, citing national security concerns.",
        "{gov} sanctioned {firm} on {day}, saying its {product} had reached the armed forces of a foreign power.",
        "{firm} was designated by {gov} in a notice published late on {day}.",
    ],
    "contract": [
        "{firm} won a contract worth {money} from {mil} to deliver {product}.",
        "{mil} awarded {firm} a {money} contract for {product}, the company said on {day}.",
    ],
    "partnership": [
        "{firm} said it would partner with {mil} on a joint research project on {purpose}.",
        "{firm} and {mil} signed a cooperation agreement covering {product} and {purpose}.",
    ],
    "investigation": [
        "{gov} opened an investigation into {firm} over the sale of {product}.",
        "{gov} is investigating whether {firm} broke export rules when it shipped {product} abroad.",
    ],
}
FILLER = [
    "Analysts said the move could force {firm} to turn to domestic suppliers for key components.",
    "Shares in {firm} fell {pct} percent in early trading before recovering some of their losses.",
    "The company employs about {staff} people and reported revenue growth in each of the last three years.",
    "{firm} declined to comment further when contacted on {day}.",
    "Industry groups warned that the decision would raise costs for manufacturers across the region.",
    "Lawmakers have called for a wider review of how dual-use technology is licensed for export.",
    "The announcement came a week before a scheduled meeting of trade ministers in {city}.",
    "Experts said the case showed how hard it is to trace components once they leave the factory.",
    "{firm} said its quarterly results would be published at the end of the month.",
]
DECOY = [
    "{firm} cut prices on its consumer cloud storage plans on {day}, the latest move in a price war with rivals.",
    "{firm} unveiled a new foldable phone at an event in {city}, promising longer battery life.",
    "Fans queued overnight outside stores in {city} for the launch of the latest {firm} console.",
    "{firm} said it would open a new data centre near {city} next year, creating about {staff} jobs.",
    "The company reported a {pct} percent rise in quarterly revenue, beating analyst forecasts.",
    "Its chief executive told investors the firm would focus on gaming and streaming services.",
]
TEXT_CLUTTER_TOP = ["Subscribe to {site}", "Get the day\u2019s top stories in your inbox every morning.",
                    "Sign in to bookmark this story and read it later.", "", "Home", "World", "Business",
                    "Technology", "Policy", "Opinion", ""]
TEXT_CLUTTER_BOTTOM = ["", "Share this article", "Facebook", "X", "LinkedIn", "Email", "",
                       "Related stories", "Markets close higher as tech shares rally",
                       "\u00a9 2026 {site}. All rights reserved."]


def load_gazetteer():
    by_type = {}
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                by_type.setdefault(e["type"], []).append(e["label"])
    for t in by_type.values():
        t.sort()
    return by_type


def article(i, rng, gaz, start):
    firm = rng.choice(gaz["TechFirm"])
    firm2 = rng.choice(gaz["TechFirm"])
    mil = rng.choice(gaz["MilitaryOrganisation"])
    gov = rng.choice(gaz["GovernmentBody"])
    day = start + timedelta(days=rng.randrange(0, 730))
    fill = dict(firm=firm, mil=mil, gov=gov, day=rng.choice(WEEKDAYS), product=rng.choice(PRODUCTS),
                purpose=rng.choice(PURPOSES), money="$" + str(rng.randrange(5, 900)) + " million",
                pct=str(rng.randrange(2, 15)), staff=f"{rng.randrange(2, 90) * 100:,}", city=rng.choice(CITIES),
                site=rng.choice(SITES))
    decoy = rng.random() < 1 / 6
    paras = []
    if decoy:
        kinds = []
        headline = f"{firm} {rng.choice(['Cuts Prices', 'Unveils New Phone', 'Expands in ' + fill['city'], 'Reports Strong Quarter'])}"
        for s in rng.sample(DECOY, 4):
            paras.append(s.format(**fill))
    else:
        kinds = rng.sample(["allegation", "designation", "contract", "partnership", "investigation"], rng.randrange(1, 4))
        if "allegation" in kinds and rng.random() < 0.5:
            kinds.append("denial")
        headline = {"allegation": f"{gov} Accuses {firm} of Aiding {mil}",
                    "designation": f"{gov} Blacklists {firm} Over Military Ties",
                    "contract": f"{firm} Wins {mil} Contract",
                    "partnership": f"{firm} to Work With {mil} on {fill['purpose'].title()}",
                    "investigation": f"{gov} Opens Probe Into {firm}"}[kinds[0]]
        for k in kinds:
            paras.append(rng.choice(CLAIMS[k]).format(**fill))
            fill["firm"] = firm2 if rng.random() < 0.3 else firm
    lead = f"{fill['city']}, {day.strftime('%B')} {day.day}, {day.year}: " + paras[0]
    paras[0] = lead
    for s in rng.sample(FILLER, rng.randrange(2, 6)):
        paras.insert(rng.randrange(1, len(paras) + 1), s.format(**fill))
    reporter = rng.choice(REPORTERS)
    slug = "-".join(w.lower() for w in headline.replace(".", "").split()[:6] if w.isalnum())
    return dict(n=i, headline=headline, reporter=reporter, date=day, paras=paras, site=fill["site"],
                slug=slug or "article", kinds=kinds)


def as_text(a):
    lines = [l.format(site=a["site"]) for l in TEXT_CLUTTER_TOP]
    lines += [a["headline"], "", "By " + a["reporter"], ""]
    for p in a["paras"]:
        lines += [p, ""]
    lines += [l.format(site=a["site"]) for l in TEXT_CLUTTER_BOTTOM]
    return "\n".join(lines) + "\n"


def as_html(a, url):
    e = html.escape
    body = "\n".join(f"      <p>{e(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(a['headline'])} | {e(a['site'])}</title>
  <meta property="og:title" content="{e(a['headline'])}">
  <meta property="article:published_time" content="{a['date'].isoformat()}T08:00:00Z">
  <meta name="author" content="{e(a['reporter'])}">
  <link rel="canonical" href="{e(url)}">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">Technology</a></nav>
    <div class="subscribe">Subscribe to {e(a['site'])} for the day\u2019s top stories.</div></header>
  <main>
    <article>
      <h1>{e(a['headline'])}</h1>
      <p class="byline">By {e(a['reporter'])}</p>
{body}
    </article>
    <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets close higher as tech shares rally</a></li></ul></aside>
  </main>
  <footer><p>Share this article</p><p>\u00a9 2026 {e(a['site'])}. All rights reserved.</p></footer>
</body>
</html>
"""


def warc_record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--format", choices=["files", "jsonl", "warc"], default="files")
    ap.add_argument("--out", required=True, help="folder (files) or file (jsonl, warc; .gz compresses)")
    ap.add_argument("--per-folder", type=int, default=1000, help="files per sub-folder (files format)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gaz = load_gazetteer()
    start = date(2024, 1, 1)
    out = None
    if args.format == "files":
        os.makedirs(args.out, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        out = open(args.out, "wb")
    claims = 0
    for i in range(1, args.count + 1):
        a = article(i, rng, gaz, start)
        claims += len(a["kinds"])
        url = f"https://news.example.org/{a['date'].year}/{a['n']:07d}-{a['slug']}"
        use_html = rng.random() < 0.5 or args.format == "warc"
        if args.format == "files":
            sub = os.path.join(args.out, f"{(i - 1) // args.per_folder:04d}")
            os.makedirs(sub, exist_ok=True)
            name = f"{i:07d}-{a['slug']}." + ("html" if use_html else "txt")
            with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
                f.write(as_html(a, url) if use_html else as_text(a))
        elif args.format == "jsonl":
            rec = {"url": url, "title": a["headline"], "date": a["date"].isoformat(), "author": a["reporter"]}
            if use_html:
                rec["html"] = as_html(a, url)
            else:
                rec["text"] = as_text(a)
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
            out.write(gzip.compress(line, mtime=0) if args.out.endswith(".gz") else line)
        else:
            page = as_html(a, url).encode("utf-8")
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + f"Content-Length: {len(page)}\r\n\r\n".encode("ascii") + page)
            rid = hashlib.sha1(f"{args.seed}:{i}".encode()).hexdigest()
            rec = warc_record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:32]}>"),
                               ("WARC-Date", f"{a['date'].isoformat()}T09:00:00Z"), ("WARC-Target-URI", url),
                               ("Content-Type", "application/http; msgtype=response")], http)
            out.write(gzip.compress(rec, mtime=0) if args.out.endswith(".gz") else rec)
    if out:
        out.close()
    print(f"generate-corpus: {args.count} articles ({claims} claims planted) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
