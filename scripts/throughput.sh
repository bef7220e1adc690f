#!/usr/bin/env bash
# Whole-process speed, as a user meets it: throughput.sh BIN EVAL_DIR [REPEAT]. Every figure is of
# the newsbrief binary run as a process (start-up, reading, briefing, writing to /dev/null), measured
# with wait4: wall time, CPU-seconds (user + sys) and peak RSS. Each measure runs REPEAT times
# (default 3) and prints the median and [the range]; on a shared machine read the CPU-seconds and the
# ratios, which other load disturbs much less than the wall time. Pinning to 1 or 2 cores is
# `taskset -c 0` / `taskset -c 0,1` (sched_setaffinity here); -j follows the cores the process may use.
#   1. one-article process: the seed article, and a bench article that needs prose's tie-break
#   2. an 84-article batch (polnear-dev), 2 cores
#   3. a 10,000-article NDJSON stream (polnear-train repeated), 1 and 2 cores, and the speed-up
#   4. linearity: ~3 MB of distinct polnear-train articles as one article, and the same articles as
#      a stream of separate ones, 1 core: CPU per byte of the first over the second
# Without EVAL_DIR's sets it falls back to testdata/bench/articles.jsonl (16 articles) for 2-4.
set -euo pipefail
bin=$1
eval_dir=$2
repeat=${3:-3}
python3 - "$bin" "$eval_dir" "$repeat" <<'PY'
import json, os, statistics, sys, tempfile

binary, eval_dir, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
tmp = tempfile.mkdtemp(prefix="newsbrief-throughput-")
NDJSON = ["-q", "--input-format", "ndjson", "--format", "ndjson"]

# Peak RSS comes from GNU time's %M where it is installed: a process forked from python keeps
# python's peak in its own, which would hide a small process's.
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None

def run(args, path, cpus=None):
    """Runs the binary with path as stdin; returns wall s, CPU s (user+sys), peak RSS MiB."""
    import time
    argv = [binary] + args
    if TIME:
        argv = [TIME, "-f", "%M", "-o", os.path.join(tmp, "time.out")] + argv
    with open(path, "rb") as f:
        pid = os.fork()
        if pid == 0:
            if cpus:
                os.sched_setaffinity(0, set(range(cpus)))
            os.dup2(f.fileno(), 0)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execv(argv[0], argv)
        start = time.perf_counter()
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{binary} {' '.join(args)} < {path} failed with status {status}")
    rss = usage.ru_maxrss
    if TIME:
        rss = int(open(os.path.join(tmp, "time.out")).read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, rss / 1024

def med(xs, fmt):
    """The median and the range of xs, formatted."""
    m = statistics.median(xs)
    if len(xs) == 1:
        return fmt.format(m)
    return f"{fmt.format(m)} [{fmt.format(min(xs))}–{fmt.format(max(xs))}]"

def records(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

def write_ndjson(recs, name):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path

def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])

bench = records("testdata/bench/articles.jsonl")
dev_path = os.path.join(eval_dir, "polnear-dev", "docs.jsonl")
train_path = os.path.join(eval_dir, "polnear-train", "docs.jsonl")
if os.path.exists(dev_path) and os.path.exists(train_path):
    batch, train = records(dev_path), records(train_path)
    batch_name, train_name = "polnear-dev (84 articles)", "polnear-train"
else:
    print(f"throughput: {eval_dir}/polnear-* not found, using testdata/bench/articles.jsonl")
    batch, train = bench, bench
    batch_name = train_name = "testdata/bench/articles.jsonl"
print(f"{binary}, {os.cpu_count()} CPUs, {repeat} runs per measure, load average {load()}")
if not TIME:
    print("throughput: /usr/bin/time not found (Debian package time): peak RSS includes python's own")

# 1. One-article process.
tie = [a for a in bench if a["id"] == "AFP_ENG_19970408.0377"][0]
tie_path = os.path.join(tmp, "tiebreak.txt")
open(tie_path, "w", encoding="utf-8").write(tie["text"])
n = max(20, 5 * repeat)
for label, path in (("testdata/seed.txt (2.5 KB, no model)", "testdata/seed.txt"),
                    (f"bench article {tie['id']} ({len(tie['text']) / 1e3:.1f} KB, prose's tie-break)", tie_path)):
    runs = [run([], path) for _ in range(n)]
    print(f"one-article process, newsbrief < {label}: wall {med([r[0] * 1e3 for r in runs], '{:.0f}')} ms, "
          f"CPU {med([r[1] * 1e3 for r in runs], '{:.0f}')} ms, peak RSS {med([r[2] for r in runs], '{:.0f}')} MiB ({n} runs)")

# 2. A batch of 84 articles, 2 cores.
batch_path = write_ndjson(batch, "batch.jsonl")
mb = os.path.getsize(batch_path) / 1e6
runs = [run(NDJSON, batch_path, cpus=2) for _ in range(repeat)]
print(f"{batch_name}, {mb:.2f} MB, 2 cores: {med([mb / r[1] for r in runs], '{:.2f}')} MB per CPU-second, "
      f"wall {med([r[0] for r in runs], '{:.2f}')} s, peak RSS {med([r[2] for r in runs], '{:.0f}')} MiB")

# 3. A stream of 10,000 articles: the set repeated. 1 and 2 cores back to back, for the ratio.
stream = [train[i % len(train)] for i in range(10000)]
stream_path = write_ndjson(stream, "stream.jsonl")
mb = os.path.getsize(stream_path) / 1e6
res = {1: [], 2: []}
for _ in range(repeat):
    for cpus in (1, 2):
        res[cpus].append(run(NDJSON, stream_path, cpus=cpus))
for cpus in (1, 2):
    rs = res[cpus]
    print(f"10,000-article stream ({train_name} repeated, {mb:.0f} MB), {cpus} core(s): "
          f"{med([mb / r[1] for r in rs], '{:.2f}')} MB per CPU-second, {med([mb / r[0] for r in rs], '{:.2f}')} MB/s wall, "
          f"peak RSS {med([r[2] for r in rs], '{:.0f}')} MiB")
print(f"speed-up from 1 to 2 cores on the stream (wall, runs paired): "
      f"{med([a[0] / b[0] for a, b in zip(res[1], res[2])], '{:.2f}')}x")

# 4. Linearity: one ~3 MB article of distinct articles vs the same articles one by one, 1 core.
parts, size = [], 0
for a in train:
    if size >= 3_000_000:
        break
    parts.append(a)
    size += len(a["text"].encode()) + 2
big_path = os.path.join(tmp, "big.txt")
open(big_path, "w", encoding="utf-8").write("\n\n".join(a["text"] for a in parts))
parts_path = write_ndjson(parts, "parts.jsonl")
big_mb = os.path.getsize(big_path) / 1e6
big = [run(["-q"], big_path, cpus=1) for _ in range(repeat)]
small = [run(NDJSON, parts_path, cpus=1) for _ in range(repeat)]
print(f"one {big_mb:.1f} MB article of {len(parts)} distinct articles, 1 core: {med([big_mb / r[1] for r in big], '{:.2f}')} MB per "
      f"CPU-second, peak RSS {med([r[2] for r in big], '{:.0f}')} MiB; the same {len(parts)} articles as a stream: "
      f"{med([big_mb / r[1] for r in small], '{:.2f}')} MB per CPU-second; CPU per byte, one article over the stream: "
      f"{med([a[1] / b[1] for a, b in zip(big, small)], '{:.2f}')}x")
print(f"load average at the end {load()}")
import shutil
shutil.rmtree(tmp)
PY
