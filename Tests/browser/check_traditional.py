#!/usr/bin/env python3
"""Fails when the visible text of a Traditional Chinese page holds a character that exists only
in Simplified Chinese: the zh-TW page must be written in Traditional characters throughout.

A character counts as Simplified-only when OpenCC's Simplified-to-Taiwan-Traditional conversion
(s2tw: Taiwan's standard forms, so 峰 stays 峰 rather than becoming the orthodox 峯) changes it
and its Traditional-to-Simplified conversion leaves it alone (so shared characters such as 的
and variants that both sets use pass).

usage: check_traditional.py PAGE.html
"""
import html
import re
import sys

from opencc import OpenCC


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style|math)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(page)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    text = visible_text(open(sys.argv[1], encoding="utf-8").read())
    to_traditional, to_simplified = OpenCC("s2tw"), OpenCC("t2s")
    hits = sorted({c for c in text if "\u3400" <= c <= "\u9fff" and to_traditional.convert(c) != c and to_simplified.convert(c) == c})
    han = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
    if hits:
        print(f"check_traditional: {len(hits)} Simplified-only characters in {sys.argv[1]}: {''.join(hits)}")
        return 1
    print(f"check_traditional: {han} Han characters, none Simplified-only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
