#!/usr/bin/env bash
# CLI throughput: throughput.sh BIN EVAL_DIR. Briefs the 840 PolNeAR training articles as an NDJSON
# stream pinned to 1 and to 2 cores (-j follows the cores it may use) and reports MB/s, articles/s
# and peak RSS; then the wall time of a one-article process on the seed article, and the same
# figures over a 10,000-article NDJSON stream.
set -euo pipefail
bin=$1
eval_dir=$2
corpus="$eval_dir/polnear-train/docs.jsonl"
if [ ! -f "$corpus" ]; then
	corpus=testdata/bench/articles.jsonl
	echo "throughput: $eval_dir/polnear-train not found, using $corpus"
fi
python3 - "$bin" "$corpus" <<'PY'
import os, resource, subprocess, sys, time
binary, corpus = sys.argv[1], sys.argv[2]
size = os.path.getsize(corpus)
count = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())

def run(args, stdin_path, cpus=None):
    """Runs the binary on stdin_path; cpus pins it to that many cores (as a machine with fewer cores)."""
    with open(stdin_path, "rb") as f:
        pid = os.fork()
        if pid == 0:
            if cpus:
                os.sched_setaffinity(0, set(range(cpus)))
            os.dup2(f.fileno(), 0)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execv(binary, [binary] + args)
        start = time.perf_counter()
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{binary} {' '.join(args)} failed with status {status}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime

print(f"corpus: {corpus} ({count} articles, {size / 1e6:.2f} MB), {os.cpu_count()} CPUs")
walls = {}
for jobs in (1, 2):
    wall, rss, cpu = run(["-q", "--input-format", "ndjson", "--format", "ndjson"], corpus, cpus=jobs)
    walls[jobs] = wall
    print(f"{jobs} core(s): {wall:.2f} s wall, {size / 1e6 / wall:.2f} MB/s, {count / wall:.1f} articles/s, "
          f"{size / 1e6 / cpu:.2f} MB per CPU-second, peak RSS {rss:.0f} MB")
print(f"speed-up from 1 to 2 cores: {walls[1] / walls[2]:.2f}x (one model load included)")
best = min(run([], "testdata/seed.txt")[0] for _ in range(5))
print(f"one-article process (newsbrief < testdata/seed.txt): {best * 1000:.0f} ms wall (best of 5)")

# A stream of 10,000 articles: the corpus repeated, written to a temporary file.
import tempfile
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
    n = 0
    while n < 10000:
        for l in lines:
            if n == 10000:
                break
            tmp.write(l if l.endswith("\n") else l + "\n")
            n += 1
    stream = tmp.name
mb = os.path.getsize(stream) / 1e6
stream_walls = {}
for jobs in (1, 2):
    wall, rss, cpu = run(["-q", "--input-format", "ndjson", "--format", "ndjson"], stream, cpus=jobs)
    stream_walls[jobs] = wall
    print(f"10,000-article stream ({mb:.0f} MB), {jobs} core(s): {wall:.1f} s wall, {mb / wall:.2f} MB/s, peak RSS {rss:.0f} MB")
os.unlink(stream)
print(f"speed-up from 1 to 2 cores on the stream: {stream_walls[1] / stream_walls[2]:.2f}x")
PY
