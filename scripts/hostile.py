#!/usr/bin/env python3
"""Degenerate articles for the hostile benchmark: hostile.py SHAPE BYTES writes one article of about
BYTES bytes of that shape to stdout; hostile.py --list prints the shape names. "news" is the bench
articles concatenated (distinct real text), the baseline the others are compared with."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def news(n):
    texts = [json.loads(l)["text"] for l in open(os.path.join(HERE, "..", "testdata", "bench", "articles.jsonl"), encoding="utf-8") if l.strip()]
    out, i = [], 0
    size = 0
    while size < n:
        t = texts[i % len(texts)] + "\n\n"
        out.append(t)
        size += len(t.encode())
        i += 1
    return "".join(out)


def names(n):
    # One sentence of distinct "First LastN" names separated by commas.
    first = ["John", "Mary", "Ahmed", "Olga", "Pedro", "Li", "Anna", "Joe"]
    out, k, size = [], 0, 0
    while size < n - 64:
        s = f"{first[k % len(first)]} Smith{k}, "
        out.append(s)
        size += len(s)
        k += 1
    return "".join(out) + "said."


def repeat(unit, suffix=""):
    return lambda n: unit * max(1, (n - len(suffix.encode())) // len(unit.encode())) + suffix


def numbers(n):
    out, k, size = [], 0, 0
    while size < n:
        s = f"{k * 7 % 100000:,} "
        out.append(s)
        size += len(s)
        k += 1
    return "".join(out)


def nested(n):
    half = n // 4
    return "(" * half + "[" * half + "x" + "]" * half + ")" * half


SHAPES = {
    "news": news,
    "initials-U.": repeat("U."),
    "names-comma": repeat("Biden, ", "said."),
    "names-distinct": names,
    "quote-said": repeat('"No," Biden said. '),
    "dquote": repeat('"'),
    "curly-quote": repeat("“"),
    "mr": repeat("Mr. "),
    "monday": repeat("Monday "),
    "biden": repeat("Biden "),
    "initials-JR": repeat("J. R. "),
    "dates": repeat("March 3, 2021, "),
    "numbers": numbers,
    "troops": repeat("1,000 troops and "),
    "token-x": repeat("x "),
    "one-word": repeat("a"),
    "nested": nested,
    "lines": repeat("x\n"),
    "sentences": repeat("He went. "),
}

if __name__ == "__main__":
    if sys.argv[1] == "--list":
        print("\n".join(SHAPES))
        sys.exit(0)
    shape, size = sys.argv[1], int(sys.argv[2])
    # At most size bytes, so that a 16 MiB article stays within the default --max-bytes.
    data = SHAPES[shape](size).encode()[:size].decode(errors="ignore")
    sys.stdout.write(data)
