#!/usr/bin/env python3
"""Which development documents justify each Korean relation cue of ingest/data/relations.json.

    bench/quality/cues.py [--all]

A cue is justified when it occurs, read by its lemma (Hunspell with hunspell-ko, as kg reads
it: 내놨어요 -> 내놓다, 협력했죠 -> 협력), in at least two development documents other than the
example document: the corpus posts of the development set and the Korean texts under
bench/quality/texts/ko. The test and unseen sets are never read. Prints the cues found in
fewer than two such documents (--all: every cue with its documents). Needs the `hunspell`
command (Debian package hunspell) besides hunspell-ko.

--prune rewrites relations.json without the relation words (lemmas, nouns, stems, inverse
forms) found in fewer than two documents. Titles are kept: a title (총리, CFO) names a
position, world knowledge like a country's name, not a cue shaped by one text's sentences.
"""
import argparse
import glob
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
LIGHT = ("시키", "하", "되", "받")
PARTICLES = r"(?:[이가은는을를의에와과로도만]|에서|으로|처럼|보다|들|\(|(?![가-힣]))"


def dev_documents():
    docs = []
    for g in sorted(glob.glob(os.path.join(HERE, "gold", "ko", "*.json"))):
        d = json.load(open(g, encoding="utf-8"))
        if d.get("set") != "dev" or d["document"].startswith("examples/"):
            continue
        path = os.path.join(SHARED, d["document"]) if d["document"].startswith("corpus/") \
            else os.path.join(HERE, d["document"])
        if os.path.exists(path):
            docs.append(path)
    return docs


def keys_of(words):
    """Hunspell lemma keys of each word (the noun of a 하다 verb, else the lemma)."""
    out = subprocess.run(["hunspell", "-d", "ko_KR", "-m"], input="\n".join(words),
                         capture_output=True, text=True).stdout
    keys = {}
    for line in out.splitlines():
        parts = line.split()
        if not parts:
            continue
        word = parts[0]
        for p in parts[1:]:
            if not p.startswith("st:"):
                continue
            lemma = p[3:]
            ks = keys.setdefault(word, set())
            ks.add(lemma)
            if lemma.endswith("다") and word != lemma:
                root = lemma[:-1]
                ks.add(root)
                for lv in LIGHT:
                    if root.endswith(lv) and word.startswith(root[:-len(lv)]):
                        ks.add(root[:-len(lv)])
    return keys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--prune", action="store_true")
    args = ap.parse_args()
    rel = json.load(open(os.path.join(ROOT, "ingest", "data", "relations.json"), encoding="utf-8"))
    docs = dev_documents()
    texts = {d: open(d, encoding="utf-8").read() for d in docs}
    words = {d: re.findall(r"[\w가-힣]+", t) for d, t in texts.items()}
    vocab = sorted({w for ws in words.values() for w in ws if w})
    keys = keys_of(vocab)
    doc_keys = {d: set().union(*(keys.get(w, set()) for w in ws)) for d, ws in words.items()}
    print(f"{len(docs)} development documents (example, test and unseen sets left out)\n")
    weak = 0
    pruned = 0
    for r in rel["relations"]:
        ko = r.get("ko", {})
        cues = []
        for field in ("lemmas", "nouns", "stems", "inverse_lemmas", "inverse_stems", "titles"):
            cues += [(field, c) for c in ko.get(field, [])]
        for field, cue in cues:
            forms = {cue}
            for suffix in ("하다", "되다", "다"):
                if cue.endswith(suffix) and len(cue) > len(suffix):
                    forms.add(cue[:-len(suffix)])
                    break
            # Nouns (and multi-word cues) are found as written; verbs by their lemma.
            as_written = field in ("nouns", "titles") or " " in cue or not re.search("[가-힣]", cue)
            # A noun as written starts a word and ends it or meets a particle (고소 is not in 고소득).
            pattern = r"(?<![가-힣])" + re.escape(cue).replace("\\ ", r"\s*") + PARTICLES
            found = [os.path.basename(d) for d in docs
                     if forms & doc_keys[d] or (as_written and re.search(pattern, texts[d]))]
            if len(found) < 2:
                weak += 1
                if args.prune and field != "titles":
                    ko[field].remove(cue)
                    pruned += 1
            if args.all or len(found) < 2:
                print(f"{r['id']:20} {field:14} {cue:10} {len(found)}  {', '.join(found)}")
    print(f"\n{weak} cues occur in fewer than two development documents")
    if args.prune:
        for r in rel["relations"]:
            ko = r.get("ko", {})
            for field in [f for f, v in ko.items() if isinstance(v, list) and not v]:
                del ko[field]
        path = os.path.join(ROOT, "ingest", "data", "relations.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(rel, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"pruned {pruned} cues from {path}")


if __name__ == "__main__":
    main()
