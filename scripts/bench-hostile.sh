#!/usr/bin/env bash
# Hostile benchmark: bench-hostile.sh BIN. Briefs one article of each degenerate shape that
# scripts/hostile.py makes (a repeated token, one sentence of many names, quote marks, initials,
# dates, numbers, nested brackets, ...) at several sizes, one whole process each, and reports
# CPU-seconds (user+sys) per MB beside the same figure for real news text of the same size ("news",
# the bench articles concatenated), and the peak RSS. Then each shape at 16 MiB (the default
# --max-bytes) for its peak RSS against the article's size, and two 16 MiB articles under the
# default -j. Sizes: HOSTILE_SIZES (bytes, default 64 KiB, 1 MiB, 4 MiB); HOSTILE_SHAPES to pick
# shapes; HOSTILE_BIG=0 skips the 16 MiB part.
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
python3 - "$bin" "$here/hostile.py" <<'PY'
import os, subprocess, sys, tempfile
binary, gen = sys.argv[1], sys.argv[2]
sizes = [int(s) for s in os.environ.get("HOSTILE_SIZES", "65536 1048576 4194304").split()]
shapes = os.environ.get("HOSTILE_SHAPES", "").split() or subprocess.run(
    [sys.executable, gen, "--list"], capture_output=True, text=True, check=True).stdout.split()
tmp = tempfile.mkdtemp(prefix="newsbrief-hostile-")
failed = False

def make(shape, size):
    path = os.path.join(tmp, f"{shape}.{size}.txt")
    with open(path, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, gen, shape, str(size)], stdout=f, check=True)
    return path

def run(args):
    """Runs the binary with args, output discarded; returns CPU-seconds (user+sys) and peak RSS in MB."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(binary, [binary, "-q", "--format", "json"] + args)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        print(f"{binary} {' '.join(args)} failed with status {status}", file=sys.stderr)
        global failed
        failed = True
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

def mb(n):
    return n / 1048576

print(f"{os.cpu_count()} CPUs; CPU-seconds (user+sys) per MB of article, whole process; x news = that figure over news text's of the same size")
head = f"{'shape':<16}" + "".join(f"{f'{mb(s):g} MB: s/MB  x news  RSS MB':>34}" for s in sizes) + f"{'4x size, s/MB ratio':>22}"
print(head)
news = {}
for shape in ["news"] + [s for s in shapes if s != "news"]:
    row, per = f"{shape:<16}", []
    for size in sizes:
        path = make(shape, size)
        actual = os.path.getsize(path)
        cpu, rss = run([path])
        os.remove(path)
        rate = cpu / mb(actual)
        if shape == "news":
            news[size] = rate
        per.append(rate)
        row += f"{rate:>17.3f}{rate / news[size]:>8.2f}{rss:>9.0f}"
    growth = per[-1] / per[-2] if len(per) >= 2 else float("nan")
    print(row + f"{growth:>22.2f}")

if os.environ.get("HOSTILE_BIG", "1") != "0":
    big = 16 << 20
    print(f"\n16 MiB articles (--max-bytes default): peak RSS, and its ratio to the article")
    worst = (0, None)
    for shape in ["news"] + [s for s in shapes if s != "news"]:
        path = make(shape, big)
        cpu, rss = run([path])
        print(f"{shape:<16}{cpu:>8.2f} CPU-s{rss:>8.0f} MB{rss / mb(os.path.getsize(path)):>7.1f}x")
        if rss > worst[0]:
            worst = (rss, shape)
        os.remove(path)
    # Two articles of the shape with the highest peak under the default -j.
    d = os.path.join(tmp, "pair")
    os.mkdir(d)
    for k in range(2):
        with open(os.path.join(d, f"{k}.txt"), "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, gen, worst[1], str(big)], stdout=f, check=True)
    cpu, rss = run([d])
    print(f"two 16 MiB '{worst[1]}' articles, default -j: {cpu:.2f} CPU-s, peak RSS {rss:.0f} MB")
    for k in range(2):
        os.remove(os.path.join(d, f"{k}.txt"))
    os.rmdir(d)
os.rmdir(tmp)
sys.exit(1 if failed else 0)
PY
