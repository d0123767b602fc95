#!/usr/bin/env python3
"""Rewrites the given gold files in one canonical layout (2-space indent, UTF-8, key order kept),
so that diffs between versions of a gold show content, not formatting.

Usage: python3 corpus/tools/format_gold.py FILE.gold.json...
"""
import json
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
