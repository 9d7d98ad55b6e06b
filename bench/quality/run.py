#!/usr/bin/env python3
"""The quality benchmark: how much of what a careful reader finds kg finds, and how many
questions about it kg answers. One command:

    bench/quality/run.py [--kg build/kg] [--set dev|test|unseen|all] [--details DOC]

Each gold document (bench/quality/gold/**, bench/quality/unseen/gold/) is ingested into a
fresh database; the facts kg stores (and the names of their entities, from an N-Triples
export) are matched against the gold facts; every question is asked in natural form (each
language the gold gives) and in pattern form. Printed per document and per set:
  recall     gold facts kg stated (same relation, ends and polarity; symmetric either way),
             over all gold facts and over those whose relation is in the vocabulary (the gold
             also states facts of relations a reader proposed, which kg has no cue for)
  ceiling    the share of gold facts kg could state at all: a relation kg knows (relations.json),
             and not a string object the gold glossed in English for a Korean document
  precision  kg's facts that are right: they match a gold fact or a known-right extra
             (bench/quality/extras/<stem>.json, kept by hand with the reason)
  natural / pattern  tier-A questions answered exactly (every expected answer, nothing
             outside answers + also_acceptable)
  markup     facts or evidence sentences that still hold Markdown or HTML markup
Corpus posts are read from ../shared/corpus (they are not in the repository); when that
folder is absent their documents are skipped and the report says so. --details lists misses
and unmatched facts for a development document only: the test and unseen sets are measured,
never read.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SYMMETRIC = {"partnered_with", "competes_with", "met_with"}
MARKUP = re.compile(r"\*\*|__|\]\(|\{\{<|</?[a-zA-Z][a-zA-Z0-9]*[ >/]|^\s*#{1,6} |^\s*\||\|\s*$|^---$|!\[")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def vocabulary():
    """The relation ids kg knows (ingest/data/relations.json): the ceiling's vocabulary."""
    with open(os.path.join(ROOT, "ingest", "data", "relations.json"), encoding="utf-8") as f:
        return {r["id"] for r in json.load(f)["relations"]}


VOCABULARY = vocabulary()


def fold(s):
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    return re.sub(r"[\s\-_.·'’\"]", "", s)


def document_path(doc):
    if doc.startswith("corpus/"):
        return os.path.join(SHARED, doc)
    if doc.startswith("examples/"):
        return os.path.join(ROOT, doc)
    return os.path.join(HERE, doc)


def run(args, stdin=None):
    p = subprocess.run(args, capture_output=True, text=True, input=stdin)
    return p.returncode, p.stdout, p.stderr


# --- values ------------------------------------------------------------------------------

def cell_text(v):
    """A JSON cell: a plain string, or a typed value object carrying its display text."""
    if isinstance(v, dict):
        for k in ("text", "display", "value"):
            if k in v:
                return str(v[k])
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def parse_amount(text):
    m = re.match(r"^\s*(?:about\s+|~)?([0-9][0-9.,]*)\s*([A-Za-z%]+)?\s*$", text)
    if not m:
        return None
    try:
        n = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return n, (m.group(2) or "").upper()


def value_matches(gold, text):
    """gold: a gold value object or a plain answer string; text: what kg shows."""
    text = cell_text(text).strip()
    if isinstance(gold, dict):
        if "date" in gold:
            g = gold["date"]
            return text == g or text.startswith(g) or (g.startswith("--") and text.endswith(g[1:]))
        if "amount" in gold:
            a = parse_amount(text)
            g = gold["amount"]
            return a is not None and abs(a[0] - float(g["number"])) <= 0.011 * float(g["number"]) \
                and a[1] == str(g.get("unit", "")).upper()
        if "percent" in gold:
            a = parse_amount(text.rstrip("%").strip())
            return a is not None and abs(a[0] - float(gold["percent"])) < 0.051
        if "string" in gold:
            return fold(text) == fold(gold["string"])
        return False
    g = str(gold)
    if fold(text) == fold(g):
        return True
    ga, ta = parse_amount(g), parse_amount(text)
    if ga and ta and ga[1] == ta[1] and ga[1]:
        return abs(ga[0] - ta[0]) <= 0.011 * max(ga[0], 1)
    return False


# --- kg's side ---------------------------------------------------------------------------

class Graph:
    """What kg stored for one document: its facts, and every name of each entity."""

    def __init__(self, kg, db, path):
        self.facts = []
        self.names = {}  # display name -> set of folded names
        code, out, err = run([kg, "--db", db, "-q", "ingest", path])
        self.ingest_error = err.strip() if code != 0 else ""
        if code != 0:
            return
        code, nt, _ = run([kg, "--db", db, "export", "--format", "nt"])
        labels = {}
        for line in nt.splitlines():
            m = re.match(r'^(<[^>]*>) <http://www.w3.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"', line)
            if m:
                labels.setdefault(m.group(1), []).append(json.loads('"' + m.group(2) + '"'))
        for names in labels.values():
            folded = {fold(n) for n in names}
            for n in names:
                self.names.setdefault(n, set()).update(folded)
        for query, negated in (("?s ?p ?o", False), ("?s ?p ?o [negated true]", True)):
            code, out, _ = run([kg, "--db", db, "query", "--format", "json", "--evidence",
                                "--max-rows", "100000", query])
            if code != 0:
                continue
            for f in json.loads(out).get("facts", []):
                if f.get("relation") == "label":
                    continue  # names (rdfs:label) the pattern ?p also reaches: not facts
                f["negated"] = bool(f.get("negated", negated))
                self.facts.append(f)

    def entity_names(self, display):
        return self.names.get(display, {fold(display)})


class Gold:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.data = json.load(f)
        self.stem = os.path.splitext(os.path.basename(path))[0]
        self.entities = {}
        for e in self.data.get("entities", []):
            self.entities[e["name"]] = {fold(e["name"])} | {fold(a) for a in e.get("aliases", [])}

    def end_matches(self, gold_end, kg_display, graph):
        if isinstance(gold_end, dict):
            return value_matches(gold_end, kg_display)
        names = self.entities.get(gold_end, {fold(gold_end)})
        return bool(names & graph.entity_names(cell_text(kg_display))) or \
            value_matches(gold_end, kg_display)


def fact_matches(gold, gf, kf, graph):
    if gf["relation"] != kf["relation"]:
        return False
    if bool(gf.get("qualifiers", {}).get("negated", False)) != kf["negated"]:
        return False
    s, o = kf["subject"], kf["object"]
    if gold.end_matches(gf["subject"], s, graph) and gold.end_matches(gf["object"], o, graph):
        return True
    return gf["relation"] in SYMMETRIC and gold.end_matches(gf["subject"], o, graph) and \
        gold.end_matches(gf["object"], s, graph)


def extras_for(stem):
    path = os.path.join(HERE, "extras", stem + ".json")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# --- questions ---------------------------------------------------------------------------

def answer_rows(result):
    cols = result.get("columns", [])
    if not cols:
        return []
    return [cell_text(r.get(cols[0], "")) for r in result.get("rows", [])]


def pattern_rows(pattern, result):
    """A fully bound atom is answered yes or no (DESIGN.md): kg gives one "answer" row saying
    which; an older kg gave its fact or no rows. Any row is not a yes: the "no" row is a row."""
    if "?" in pattern:
        return answer_rows(result)
    if result.get("columns") == ["answer"]:
        return answer_rows(result)
    return ["yes"] if result.get("rows") else ["no"]


def answered(gold, q, rows, graph):
    expected = q.get("answers", [])
    ok_extra = expected + q.get("also_acceptable", [])

    def match(a, r):
        return gold.end_matches(a, r, graph) if a in gold.entities else value_matches(a, r)

    if not all(any(match(a, r) for r in rows) for a in expected):
        return False
    return all(any(match(a, r) for a in ok_extra) for r in rows)


def ask(kg, db, queries):
    """Runs the queries as one batch; returns one result object (or None) per query."""
    with tempfile.NamedTemporaryFile("w", suffix=".kgq", delete=False, encoding="utf-8") as f:
        for q in queries:
            f.write(q.replace("\n", " ") + "\n")
        name = f.name
    try:
        _, out, _ = run([kg, "--db", db, "query", "-f", name, "--format", "ndjson"])
    finally:
        os.unlink(name)
    results = []
    for line in out.splitlines():
        try:
            results.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    if isinstance(results[:1], list) and len(results) == 1 and isinstance(results[0], list):
        results = results[0]
    return results if len(results) == len(queries) else [None] * len(queries)


# --- one document ------------------------------------------------------------------------

def measure(kg, gold, details):
    doc = gold.data["document"]
    path = document_path(doc)
    if not os.path.exists(path):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "q.db")
        graph = Graph(kg, db, path)
        gfacts = gold.data.get("facts", [])
        found = [gf for gf in gfacts if any(fact_matches(gold, gf, kf, graph) for kf in graph.facts)]
        proposed = {p["id"] for p in gold.data.get("proposed_relations", [])}
        in_vocab = [gf for gf in gfacts if gf["relation"] not in proposed]
        lang = gold.data.get("language", "ko")
        # What kg can state at all: not a fact of a relation kg does not know, nor one whose
        # string object the gold glossed in English for a Korean document (strings are compared
        # as text).
        reachable = [gf for gf in gfacts if gf["relation"] in VOCABULARY and not (
            lang == "ko" and isinstance(gf["object"], dict) and "string" in gf["object"] and
            not HANGUL.search(gf["object"]["string"]))]
        extras = extras_for(gold.stem)
        right, wrong = 0, []
        for kf in graph.facts:
            if any(fact_matches(gold, gf, kf, graph) for gf in gfacts + extras):
                right += 1
            else:
                wrong.append(kf)
        markup = [kf for kf in graph.facts
                  if MARKUP.search(kf["subject"]) or MARKUP.search(cell_text(kf["object"])) or
                  any(MARKUP.search(e.get("text", "")) for e in kf.get("evidence", []))]
        questions = [q for q in gold.data.get("questions", []) if q.get("tier", "A") == "A"]
        natural = [(q, q[l]) for q in questions for l in (lang, "en" if lang == "ko" else "ko")
                   if q.get(l)]
        pattern = [(q, q["pattern"]) for q in questions if q.get("pattern")]
        nat_res = ask(kg, db, [t for _, t in natural]) if natural and not graph.ingest_error else []
        pat_res = ask(kg, db, [t for _, t in pattern]) if pattern and not graph.ingest_error else []
        nat_ok = [r is not None and "error" not in r and answered(gold, q, answer_rows(r), graph)
                  for (q, _), r in zip(natural, nat_res)]
        pat_ok = [r is not None and "error" not in r and answered(gold, q, pattern_rows(t, r), graph)
                  for (q, t), r in zip(pattern, pat_res)]
        if details:
            print(f"\n## {doc}")
            if graph.ingest_error:
                print("ingest failed:", graph.ingest_error)
            for gf in gfacts:
                if gf not in found:
                    print("  missed", gf["id"], gf["subject"], gf["relation"],
                          json.dumps(gf["object"], ensure_ascii=False), gf.get("lines"))
            for kf in wrong:
                ev = (kf.get("evidence") or [{}])[0]
                print("  unmatched", kf["subject"], "|", kf["relation"], "|", cell_text(kf["object"]),
                      "neg" if kf["negated"] else "", "|", ev.get("rule", ""), "|", ev.get("text", "")[:90])
            for ((q, text), r), ok in zip(zip(natural, nat_res), nat_ok):
                if not ok:
                    got = r.get("error", {}).get("message") if r and "error" in r else (answer_rows(r) if r else None)
                    print("  natural fails", q["id"], text, "->", got, "expected", q["answers"])
            for ((q, text), r), ok in zip(zip(pattern, pat_res), pat_ok):
                if not ok:
                    got = r.get("error", {}).get("message") if r and "error" in r else (pattern_rows(text, r) if r else None)
                    print("  pattern fails", q["id"], text, "->", got, "expected", q["answers"])
        rules = {}
        for kf in graph.facts:
            for e in kf.get("evidence", []):
                rules.setdefault(e.get("rule", "?"), set()).add(gold.stem)
        return {
            "doc": doc, "set": gold.data.get("set", "dev"), "lang": lang,
            "gold": len(gfacts), "found": len(found), "vgold": len(in_vocab), "reach": len(reachable),
            "vfound": sum(1 for gf in found if gf["relation"] not in proposed), "kg": len(graph.facts), "right": right,
            "nat": (sum(nat_ok), len(natural)), "pat": (sum(pat_ok), len(pattern)),
            "markup": len(markup), "rules": rules, "error": graph.ingest_error,
        }


def ratio(a, b):
    return f"{a / b:.2f}" if b else "  - "


def report(rows, title):
    if not rows:
        return
    print(f"\n### {title}\n")
    print("| document | gold facts | kg facts | recall | recall (vocabulary) | ceiling | precision | natural (tier A) | pattern (tier A) | markup |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    t = {"gold": 0, "found": 0, "vgold": 0, "vfound": 0, "reach": 0, "kg": 0, "right": 0, "n": [0, 0], "p": [0, 0], "m": 0}
    for r in rows:
        print(f"| {os.path.basename(r['doc'])} | {r['gold']} | {r['kg']} | {ratio(r['found'], r['gold'])} | "
              f"{ratio(r['vfound'], r['vgold'])} | {ratio(r['reach'], r['gold'])} | {ratio(r['right'], r['kg'])} | {r['nat'][0]}/{r['nat'][1]} | {r['pat'][0]}/{r['pat'][1]} | "
              f"{r['markup']}{' (ingest failed)' if r['error'] else ''} |")
        for k in ("gold", "found", "vgold", "vfound", "reach", "kg", "right"):
            t[k] += r[k]
        t["n"][0] += r["nat"][0]; t["n"][1] += r["nat"][1]
        t["p"][0] += r["pat"][0]; t["p"][1] += r["pat"][1]
        t["m"] += r["markup"]
    print(f"| **total** | {t['gold']} | {t['kg']} | **{ratio(t['found'], t['gold'])}** | "
          f"**{ratio(t['vfound'], t['vgold'])}** | {ratio(t['reach'], t['gold'])} | **{ratio(t['right'], t['kg'])}** | **{ratio(*t['n'])}** ({t['n'][0]}/{t['n'][1]}) | "
          f"**{ratio(*t['p'])}** ({t['p'][0]}/{t['p'][1]}) | {t['m']} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg", default=os.path.join(ROOT, "build", "kg"))
    ap.add_argument("--set", default="all", choices=["dev", "test", "unseen", "all"])
    ap.add_argument("--details", default="", help="a development document's stem (or 'dev' for all)")
    ap.add_argument("--rules", action="store_true", help="list each rule with the documents it fired on")
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(HERE, "gold", "*", "*.json"))) + \
        sorted(glob.glob(os.path.join(HERE, "unseen", "gold", "*.json")))
    rows, skipped = [], 0
    for p in paths:
        gold = Gold(p)
        s = gold.data.get("set", "dev")
        if args.set != "all" and s != args.set:
            continue
        details = s == "dev" and args.details in (gold.stem, "dev")
        r = measure(args.kg, gold, details)
        if r is None:
            skipped += 1
            continue
        rows.append(r)
    if skipped:
        print(f"note: {skipped} gold documents skipped: their text is not here "
              f"(the corpus is read from {SHARED}/corpus)", file=sys.stderr)
    for s, title in (("dev", "Development set"), ("test", "Test set (never developed against)"),
                     ("unseen", "Unseen set (written outside the development)")):
        for lang in ("ko", "en"):
            report([r for r in rows if r["set"] == s and r["lang"] == lang], f"{title}, {lang}")
    if args.rules:
        rules = {}
        for r in rows:
            if r["set"] != "dev":
                continue
            for rule, docs in r["rules"].items():
                rules.setdefault(rule, set()).update(docs)
        print("\n### Rules and the development documents they fired on\n")
        for rule, docs in sorted(rules.items()):
            print(f"- {rule}: {len(docs)} ({', '.join(sorted(docs))})")


if __name__ == "__main__":
    main()
