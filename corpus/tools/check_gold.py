#!/usr/bin/env python3
"""Checks every NAME.gold.json under corpus/ (except corpus/seed/) against its input file.

What it checks, and why:
  * the gold is valid JSON with the keys ANNOTATION.md asks for (a typo'd key would silently
    mean "not annotated");
  * every string the gold lists (headline, names, titles, organizations, places, projects,
    amount and count texts, count subjects, dates, document titles and issuers) occurs in the
    decoded input, after full-/half-width folding and with whitespace removed, so that column
    breaks such as "18.\\n\\n5亿元" still match "18.5亿元";
  * each amount's value, unit, approximate and bound agree with its text where the text can be
    parsed by the small resolver below (it is a second pair of eyes, not the engine);
  * counts: value agrees with the text, and "consistent" agrees with the sum of the parts;
  * officials appear once per article; published is an ISO date;
  * no person name is borrowed from /work/shared (articles and seed), and no 20-character run of
    text is shared with them (we write new articles, never copies).

Usage: python3 corpus/tools/check_gold.py [CORPUS_DIR [NAME…]]   (exit 1 when any error is found)
"""
import hashlib
import html.parser
import json
import os
import re
import sys

SHARED_ARTICLES = "/work/shared/articles"
SHARED_SEED = "/work/shared/seed"
ARTICLE_KEYS = {"kind", "headline", "subheadlines", "dateline", "bylines", "officials", "people",
                "organizations", "places", "projects", "amounts", "counts", "dates", "documents"}
REQUIRED_KEYS = ARTICLE_KEYS - {"headline", "subheadlines", "dateline"}
KINDS = {"money", "quantity", "percent", "duration", "multiple"}
BOUNDS = {None, "min", "max", "range"}
REAL_KEYS = {"file", "published", "articles", "source", "query", "outlet", "site", "province", "forms",
             "sha256", "chars", "part", "note"}


# ---------------------------------------------------------------- decoding the input
class _TextOfHtml(html.parser.HTMLParser):
    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "section", "article",
              "header", "footer", "nav", "title", "aside", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_input(path):
    raw = open(path, "rb").read()
    encoding = "gb18030" if ".gb18030." in os.path.basename(path) else "utf-8-sig"
    text = raw.decode(encoding)
    if path.endswith((".html", ".htm")):
        parser = _TextOfHtml()
        parser.feed(text)
        text = "".join(parser.parts)
    return text


def fold(s):
    """Full-width ASCII to half-width, ideographic space to space (what the pipeline does)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif o == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def squeeze(s):
    return re.sub(r"\s+", "", fold(s)).replace("**", "")


# ---------------------------------------------------------------- a small value resolver
DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
         "八": 8, "九": 9}
SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
BIG_UNIT = {"万": 10**4, "亿": 10**8}
NUM_CHARS = set("0123456789.点") | set(DIGIT) | set(SMALL_UNIT) | set(BIG_UNIT)


def chinese_int(s):
    """三千万 -> 30000000, 两千六百 -> 2600, 十五 -> 15; digits mixed with scales: 1.26万;
    a Chinese decimal point: 五点六亿 -> 560000000, 十二点五 -> 12.5."""
    if "点" in s:
        whole, rest = s.split("点", 1)
        frac = "".join(str(DIGIT[c]) for c in rest if c in DIGIT)
        scale = 1
        for c in rest:
            if c in BIG_UNIT:
                scale *= BIG_UNIT[c]
        return (chinese_int(whole) + float("0." + frac)) * scale
    total, section, number = 0, 0, None
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            number = float(s[i:j])
            i = j
            continue
        if ch in DIGIT:
            number = DIGIT[ch]
        elif ch in SMALL_UNIT:
            section += (number if number is not None else 1) * SMALL_UNIT[ch]
            number = None
        elif ch in BIG_UNIT:
            section += number or 0
            if ch == "亿":
                total = (total + section) * BIG_UNIT[ch]
            else:
                total += section * BIG_UNIT[ch]
            section, number = 0, None
        i += 1
    return total + section + (number or 0)


UNIT_WORDS = [  # longest first: (word, kind, unit)
    ("个百分点", "percent", "pp"), ("百分点", "percent", "pp"),
    ("美元", "money", "USD"), ("港元", "money", "HKD"), ("港币", "money", "HKD"),
    ("欧元", "money", "EUR"), ("新台币", "money", "TWD"), ("日元", "money", "JPY"), ("英镑", "money", "GBP"), ("元", "money", "CNY"),
    ("平方公里", "quantity", "km2"), ("毫米", "quantity", "mm"), ("平方米", "quantity", "m2"), ("㎡", "quantity", "m2"),
    ("立方米", "quantity", "m3"), ("公顷", "quantity", "ha"), ("亩", "quantity", "mu"),
    ("公里/小时", "quantity", "km/h"), ("公里", "quantity", "km"), ("千米", "quantity", "km"),
    ("米", "quantity", "m"), ("千瓦时", "quantity", "kWh"), ("度", "quantity", "kWh"),
    ("千瓦", "quantity", "kW"), ("兆瓦", "quantity", "MW"), ("GWh", "quantity", "GWh"),
    ("MWh", "quantity", "MWh"), ("kWh", "quantity", "kWh"), ("GW", "quantity", "GW"),
    ("MW", "quantity", "MW"), ("kW", "quantity", "kW"), ("吨", "quantity", "t"),
    ("公斤", "quantity", "kg"), ("千克", "quantity", "kg"), ("标箱", "quantity", "TEU"),
    ("TEU", "quantity", "TEU"), ("%", "percent", "%"), ("％", "percent", "%"),
    ("成", "percent", "%"), ("倍", "multiple", "倍"),
    ("个月", "duration", "month"), ("个工作日", "duration", "day"), ("年", "duration", "year"),
    ("天", "duration", "day"), ("日", "duration", "day"), ("个小时", "duration", "hour"),
    ("小时", "duration", "hour"), ("分钟", "duration", "minute"),
]


def numerals(s):
    """The numeral runs of s, in order, as (start, end, text)."""
    runs, i = [], 0
    while i < len(s):
        starts_bare_scale = s[i] in "十百千" and s[i + 1:i + 2] in NUM_CHARS  # 千亿元, 百万千瓦
        if s[i] in NUM_CHARS and not (s[i] in SMALL_UNIT or s[i] in BIG_UNIT or s[i] == "点") \
                or s[i] == "十" or starts_bare_scale:
            j = i
            while j < len(s) and s[j] in NUM_CHARS:
                if s[j] == "千" and s[j + 1:j + 2] in ("瓦", "米", "克"):
                    break  # 36.8万千瓦: 千 starts the unit here, it is no scale
                if s[j] == "点" and s[j + 1:j + 2] not in DIGIT:
                    break  # 十二点五 is a decimal, 17个重点 is not
                j += 1
            runs.append((i, j, s[i:j]))
            i = j
        else:
            i += 1
    return runs


# just enough Traditional -> Simplified for the resolver (the goldfiles keep the text as written)
T2S = str.maketrans("萬億兩噸畝個點時歐約餘過於臺幣頃", "万亿两吨亩个点时欧约余过于台币顷")


def resolve_amount(text):
    """Returns dict(value, unit, kind, approximate, bound, high) or None when unsure."""
    text = text.translate(T2S)
    t = re.sub(r"%(?=[至到\-—～~])", "", squeeze(text))  # 10%—15%: the low end's own sign
    t = re.sub(r"(?<=[0-9万亿])元(?=[至到\-—～~][0-9])", "", t)  # 5亿元至10亿元: the low end's own unit
    if "百分之" in t:
        head, rest = t.split("百分之", 1)
        runs = numerals(rest)
        if not runs:
            return None
        res = {"value": chinese_int(runs[0][2]), "unit": "%", "kind": "percent", "head": head}
        tail = rest[runs[0][1]:]
    elif t == "半小时" or t.endswith("半小时") and not numerals(t):
        return {"value": 0.5, "unit": "hour", "kind": "duration", "approximate": False,
                "bound": None, "high": None}
    else:
        runs = numerals(t)
        if not runs:
            return None
        first = runs[0]
        head = t[:first[0]]
        tail = t[first[1]:]
        res = None
        # a range: 3至5亿元, 3-5亿元, 3亿至5亿元, 3—5
        m = re.match(r"^(至|到|-|—|～|~)", tail)
        high = None
        low_text = first[2]
        if m and len(runs) > 1 and runs[1][0] == first[1] + len(m.group(1)):
            high_text = runs[1][2]
            tail = t[runs[1][1]:]
            high = chinese_int(high_text)
            low = chinese_int(low_text)
            scale = [c for c in high_text if c in BIG_UNIT]
            if scale and not any(c in BIG_UNIT for c in low_text):
                low *= BIG_UNIT[scale[-1]]
            res = {"value": low, "high": high}
        else:
            res = {"value": chinese_int(low_text)}
        tail_unit = tail
        # 3000多元, 700余人: the bound word sits between the numeral and the unit
        for w in ("余", "多"):
            if tail_unit.startswith(w):
                tail_unit = tail_unit[1:]
                if tail_unit[:1] in BIG_UNIT:  # 3600余万元: the scale follows the bound word
                    res["value"] *= BIG_UNIT[tail_unit[0]]
                    tail_unit = tail_unit[1:]
        if tail_unit.startswith("个多"):  # 2个多小时, 7个多月
            tail_unit = "个" + tail_unit[2:]
        # units that carry their own scale: 万千瓦, 亿千瓦时 are already folded into the numeral
        for word, kind, unit in UNIT_WORDS:
            if tail_unit.startswith(word) or (word == "成" and tail_unit.startswith("成")):
                res.update(kind=kind, unit=unit)
                if word == "成":
                    res["value"] *= 10
                    if res.get("high") is not None:
                        res["high"] *= 10
                break
        else:
            return None
        tail = tail_unit
        res["head"] = head
    head = res.pop("head", "")
    if (head.endswith("每小时") or head.endswith("时速")) and res.get("unit"):  # 每小时160公里: a rate, km/h
        res["unit"] += "/h"
    whole = squeeze(text)
    approx_word = bool(re.search(r"约|左右|上下", head + tail))
    near = bool(re.search(r"近|将近|接近", head))
    more = bool(re.search(r"[0-9一二三四五六七八九十百千万亿][个倍]?[余多]", whole))
    approximate = approx_word or near or more
    if res.get("high") is not None:
        bound = "range"
    elif near:
        bound = "max"
    elif more or re.search(r"超过|超|逾|过|突破|不少于|不低于|高于|至少", head) or re.search(r"以上|之上", tail):
        bound = "min"
    elif re.search(r"不到|不足|不超过|低于", head) or re.search(r"以下|以内|之内|[年月天日时]内", tail):
        bound = "max"
    else:
        bound = None
    if res.get("kind") == "money":  # the currency written before the figure: 新台币120亿元
        for word, unit in (("新台币", "TWD"), ("港币", "HKD"), ("美金", "USD")):
            if word in head:
                res["unit"] = unit
    res["approximate"] = approximate
    res["bound"] = bound
    res.setdefault("high", None)
    return res


def resolve_count_value(text):
    t = squeeze(text.translate(T2S))
    runs = [r for r in numerals(t)]
    if not runs:
        return None
    # the last numeral is the count (亿元以上项目23个, 10亿元以上产业项目14个); a leading one
    # that is followed by a measure word (26名代表) when it is the only one
    run = runs[-1]
    return chinese_int(run[2])


# ---------------------------------------------------------------- the checks
class Report:
    def __init__(self):
        self.errors, self.warnings, self.files, self.items = [], [], 0, 0

    def error(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def close(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def shared_material():
    names, texts = set(), []
    for d in (SHARED_ARTICLES, SHARED_SEED):
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            p = os.path.join(d, f)
            if f.endswith(".gold.json"):
                g = json.load(open(p, encoding="utf-8"))
                for a in g.get("articles", []):
                    for key in ("officials", "people", "bylines"):
                        for o in a.get(key, []):
                            names.add(fold(o["name"]))
            elif not f.endswith(".json"):
                texts.append(squeeze(read_input(p)))
    return names, texts


def check_file(gold_path, rep, shared_names, shared_grams):
    where = os.path.relpath(gold_path)
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        rep.error(where, f"not valid JSON: {e}")
        return
    rep.files += 1
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    fname = gold.get("file")
    real = "source" in gold  # a real published item: its text lives in the git-ignored cache
    if not fname or os.path.splitext(os.path.basename(fname))[0] != base:
        rep.error(where, f"'file' is {fname!r}, expected {'.texts/' if real else ''}{base}.<ext>")
        return
    allowed = REAL_KEYS if real else {"file", "published", "articles"}
    if set(gold) - allowed:
        rep.error(where, f"unknown top-level keys {set(gold) - allowed}")
    if real:
        for key in ("source", "query", "outlet", "province", "forms", "sha256"):
            if not gold.get(key):
                rep.error(where, f"real item without {key!r}")
    in_path = os.path.join(os.path.dirname(gold_path), fname)
    if not os.path.exists(in_path):
        if real:
            rep.warn(where, f"text {fname} not in the cache (corpus/real/README.md says how to re-find it)")
        else:
            rep.error(where, f"input {fname} missing")
        return
    text = read_input(in_path)
    hay = squeeze(text)
    if real:
        with open(in_path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        if gold.get("sha256") and digest != gold["sha256"]:
            rep.error(where, f"text differs from the one annotated (sha256 {digest[:12]}…, gold {str(gold['sha256'])[:12]}…)")
    if not (real and gold.get("published") is None) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gold.get("published"))):
        rep.error(where, "published must be YYYY-MM-DD" + (" or null" if real else ""))

    def occurs(label, s, ai):
        rep.items += 1
        if not isinstance(s, str) or not s:
            rep.error(where, f"article {ai}: {label} is empty or not a string: {s!r}")
        elif squeeze(s) not in hay:
            rep.error(where, f"article {ai}: {label} {s!r} not in input")

    # no copying: 20-character runs shared with /work/shared (our own writing only; real copy is quoted)
    for i in range(0, 0 if real else max(0, len(hay) - 20), 5):
        gram = hay[i:i + 20]
        if any(gram in t for t in shared_grams):
            rep.error(where, f"shares the run {gram!r} with /work/shared")
            break

    for ai, a in enumerate(gold.get("articles", [])):
        missing = REQUIRED_KEYS - set(a)
        extra = set(a) - ARTICLE_KEYS
        if missing:
            rep.error(where, f"article {ai}: missing keys {sorted(missing)}")
        if extra:
            rep.error(where, f"article {ai}: unknown keys {sorted(extra)}")
        if a.get("kind") not in ("article", "photo", "brief"):
            rep.error(where, f"article {ai}: kind {a.get('kind')!r}")
        if a.get("headline") is not None:
            occurs("headline", a["headline"], ai)
        for s in a.get("subheadlines", []):
            occurs("subheadline", s, ai)
        if a.get("dateline"):
            occurs("dateline", a["dateline"], ai)
        for b in a.get("bylines", []):
            occurs("byline", b["name"], ai)
            if not b.get("role"):
                rep.error(where, f"article {ai}: byline {b['name']} without role")
        seen = set()
        for o in a.get("officials", []):
            occurs("official", o["name"], ai)
            if o["name"] in seen:
                rep.error(where, f"article {ai}: official {o['name']} listed twice")
            seen.add(o["name"])
            if not o.get("titles"):
                rep.error(where, f"article {ai}: official {o['name']} without titles")
            for t in o.get("titles", []):
                occurs("title", t, ai)
        for p in a.get("people", []):
            occurs("person", p["name"], ai)
            if p.get("role"):
                occurs("person role", p["role"], ai)
        for key in ("officials", "people", "bylines"):
            for o in a.get(key, []):
                if not real and fold(o["name"]) in shared_names:
                    rep.error(where, f"article {ai}: name {o['name']} is borrowed from /work/shared")
        for s in a.get("organizations", []):
            occurs("organization", s, ai)
        for s in a.get("places", []):
            occurs("place", s, ai)
        for p in a.get("projects", []):
            occurs("project", p["name"], ai)
            if p.get("investor"):
                occurs("investor", p["investor"], ai)
        for s in a.get("dates", []):
            occurs("date", s, ai)
        for d in a.get("documents", []):
            occurs("document", d["title"], ai)
            for s in d.get("issuers", []):
                occurs("issuer", s, ai)
        for m in a.get("amounts", []):
            check_amount(where, ai, m, rep, occurs)
        for c in a.get("counts", []):
            check_count(where, ai, c, rep, occurs, top=True)


def check_amount(where, ai, m, rep, occurs):
    label = f"article {ai}: amount {m.get('text')!r}"
    if "text" not in m:
        rep.error(where, f"{label}: no text")
        return
    occurs("amount text", m["text"], ai)
    if m.get("kind") not in KINDS:
        rep.error(where, f"{label}: kind {m.get('kind')!r}")
    if m.get("bound") not in BOUNDS:
        rep.error(where, f"{label}: bound {m.get('bound')!r}")
    if (m.get("bound") == "range") != ("high" in m):
        rep.error(where, f"{label}: a range needs bound 'range' and 'high' together")
    r = resolve_amount(m["text"])
    if r is None:
        rep.warn(where, f"{label}: the checker cannot resolve it; values not checked")
        return
    if not close(float(m.get("value", -1)), float(r["value"])):
        rep.error(where, f"{label}: value {m.get('value')} but text says {r['value']}")
    if r.get("high") is not None and not close(float(m.get("high", -1)), float(r["high"])):
        rep.error(where, f"{label}: high {m.get('high')} but text says {r['high']}")
    if m.get("unit") != r["unit"] and not (r["unit"] == "year" and m.get("kind") != "duration"):
        rep.error(where, f"{label}: unit {m.get('unit')} but text says {r['unit']}")
    if m.get("kind") != r["kind"]:
        rep.error(where, f"{label}: kind {m.get('kind')} but text says {r['kind']}")
    if bool(m.get("approximate")) != r["approximate"]:
        rep.error(where, f"{label}: approximate {m.get('approximate')} but text says {r['approximate']}")
    if m.get("bound") != r["bound"]:
        rep.error(where, f"{label}: bound {m.get('bound')} but text says {r['bound']}")


def check_count(where, ai, c, rep, occurs, top):
    label = f"article {ai}: count {c.get('text')!r}"
    if "text" not in c:
        rep.error(where, f"{label}: no text")
        return
    occurs("count text", c["text"], ai)
    occurs("count subject", c.get("subject"), ai)
    if top and not c.get("measure"):
        rep.error(where, f"{label}: no measure")
    v = resolve_count_value(c["text"])
    if v is not None and not close(float(c.get("value", -1)), float(v)):
        rep.error(where, f"{label}: value {c.get('value')} but text says {v}")
    parts = c.get("parts")
    if parts:
        for p in parts:
            check_count(where, ai, p, rep, occurs, top=False)
        total = sum(p["value"] for p in parts)
        expected = True if close(total, c["value"]) else (False if total > c["value"] else None)
        if c.get("consistent", "absent") != expected:
            rep.error(where, f"{label}: parts sum to {total}, so consistent should be {expected}, "
                             f"gold has {c.get('consistent', 'absent')}")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    root = os.path.abspath(root)
    names, texts = shared_material()
    rep = Report()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("seed", "tools", ".texts"))
        for f in sorted(filenames):
            if f.endswith(".gold.json") and (len(sys.argv) < 3 or f[:-len(".gold.json")] in sys.argv[2:]):
                check_file(os.path.join(dirpath, f), rep, names, texts)
    for line in rep.warnings + rep.errors:
        print(line)
    print(f"{rep.files} gold files, {rep.items} strings checked, "
          f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
