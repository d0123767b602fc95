#!/usr/bin/env python3
"""The real development set's bookkeeping (corpus/real/README.md).

  stamp NAME…   writes sha256 and chars of .texts/NAME.txt into NAME.gold.json
  split         gives every outlet without a part its part, by the outlet's hash, once (the first
                split: a third of the items, outlets taken in hash order; later outlets: one in three)
  missing       golds whose text is not in the cache, with the query and source that find it
  verify        cached texts whose sha256 differs from their gold's
  stats         items, outlets, provinces, forms and parts of the set

Golds are rewritten with their keys in one order, two-space indented, UTF-8 unescaped.
"""
import collections
import glob
import hashlib
import json
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real")
ORDER = ["file", "source", "query", "outlet", "site", "province", "forms", "published", "sha256",
         "chars", "part", "note", "articles"]


def golds():
    for path in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        with open(path, encoding="utf-8") as fh:
            yield path, json.load(fh)


def write(path, gold):
    ordered = {k: gold[k] for k in ORDER if k in gold}
    ordered.update({k: v for k, v in gold.items() if k not in ordered})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def text_path(path, gold):
    return os.path.join(os.path.dirname(path), gold["file"])


def stamp(names):
    for name in names:
        path = os.path.join(HERE, name + ".gold.json")
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(text_path(path, gold), "rb") as fh:
            data = fh.read()
        gold["sha256"] = hashlib.sha256(data).hexdigest()
        gold["chars"] = len(data.decode("utf-8"))
        write(path, gold)
        print(f"{name}: {gold['chars']} chars, sha256 {gold['sha256'][:12]}…")


def part_of(outlet):
    """One outlet in three goes to the untouched part; the hash makes it independent of us."""
    return "untouched" if int(hashlib.sha256(outlet.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def first_split():
    """The set's first split: outlets in the order of their hash, the first ones untouched until
    they hold a third of the items. Neither the outlets' names nor their content choose."""
    items = collections.Counter(gold["outlet"] for _, gold in golds())
    order = sorted(items, key=lambda o: hashlib.sha256(o.encode("utf-8")).hexdigest())
    assigned, untouched = {}, 0
    for outlet in order:
        take = untouched * 3 < sum(items.values())
        assigned[outlet] = "untouched" if take else "tune"
        untouched += items[outlet] if take else 0
    return assigned


def split():
    assigned = {}
    for _, gold in golds():
        if gold.get("part"):
            assigned.setdefault(gold["outlet"], gold["part"])
    if not assigned:
        assigned = first_split()
    for path, gold in golds():
        if not gold.get("part"):
            gold["part"] = assigned.setdefault(gold["outlet"], part_of(gold["outlet"]))
            write(path, gold)
    stats()


def missing():
    n = 0
    for path, gold in golds():
        if not os.path.exists(text_path(path, gold)):
            n += 1
            print(f"{os.path.basename(path)}\tquery: {gold.get('query')}\tsource: {gold.get('source')}")
    print(f"{n} golds without their text", file=sys.stderr)


def verify():
    bad = 0
    for path, gold in golds():
        tp = text_path(path, gold)
        if not os.path.exists(tp):
            continue
        with open(tp, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        if digest != gold.get("sha256"):
            bad += 1
            print(f"{os.path.basename(path)}: cached text differs from the annotated one")
    print(f"{bad} texts differ", file=sys.stderr)
    return 1 if bad else 0


def stats():
    items = collections.Counter()
    outlets, provinces, forms = collections.defaultdict(set), collections.Counter(), collections.Counter()
    articles = collections.Counter()
    present = 0
    for path, gold in golds():
        part = gold.get("part") or "unassigned"
        items[part] += 1
        outlets[part].add(gold["outlet"])
        provinces[gold["province"]] += 1
        for f in gold.get("forms", []):
            forms[f] += 1
        articles[part] += len(gold["articles"])
        present += os.path.exists(text_path(path, gold))
    all_outlets = set().union(*outlets.values()) if outlets else set()
    print(f"items {sum(items.values())} ({present} with text), outlets {len(all_outlets)}, "
          f"provinces {len(provinces)}")
    for part in sorted(items):
        print(f"  {part}: {items[part]} items, {articles[part]} articles, {len(outlets[part])} outlets")
    print("provinces: " + ", ".join(f"{p} {n}" for p, n in provinces.most_common()))
    print("forms: " + ", ".join(f"{f} {n}" for f, n in forms.most_common()))


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "stamp":
        stamp(rest)
    elif cmd == "split":
        split()
    elif cmd == "missing":
        missing()
    elif cmd == "verify":
        return verify()
    elif cmd == "stats":
        stats()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
