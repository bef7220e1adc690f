# newsbrief: `make run` builds and briefs the seed article; `make test` runs every test (what CI runs).
GO      ?= go
BIN     := bin/newsbrief
EVAL    ?= ../shared/eval
ARTICLE ?= testdata/seed.txt

.PHONY: build run test test-setup eval bench bench-hostile fuzz lint deps clean man

build:
	$(GO) build -o $(BIN) ./cmd/newsbrief

run: build
	./$(BIN) $(ARTICLE)

# staticcheck at a pinned version: `go run` fetches and builds it from the module proxy on a fresh
# machine, without adding it to go.mod.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# Vet, staticcheck, then unit, golden and CLI (testscript) tests with the race detector.
test: test-setup
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) test -race -count=1 ./...

# The scale-out testscript runs the NDJSON filter under GNU parallel (Debian's parallel package):
# installed here when missing, so a fresh CI machine runs it. Without root or apt the script skips.
test-setup:
	@command -v parallel >/dev/null 2>&1 || scripts/install-parallel.sh

# Scores every evaluation set in $(EVAL) with its scorer (needs ../shared/eval and python3).
eval: build
	@GO=$(GO) scripts/eval.sh $(BIN) $(EVAL)

# Go benchmarks per extractor and for the whole brief, then the whole process's speed
# (scripts/throughput.sh: BENCH_RUNS runs of each measure, median and range).
BENCH_RUNS ?= 3
bench: build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 5x ./internal/...
	@scripts/throughput.sh $(BIN) $(EVAL) $(BENCH_RUNS)
	@$(MAKE) --no-print-directory bench-hostile

# Degenerate articles (scripts/hostile.py) at 64 KiB, 1 MiB and 4 MiB: CPU-seconds per MB beside real
# news text's, and peak RSS; then each at 16 MiB, and two under the default -j.
bench-hostile: build
	@scripts/bench-hostile.sh $(BIN)

# Each fuzz target for FUZZTIME (default 1m).
FUZZTIME ?= 1m
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME) ./internal/input
	$(GO) test -run '^$$' -fuzz FuzzClassifyLine -fuzztime $(FUZZTIME) ./internal/input
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME) ./internal/extract
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./internal/input/markdown
	$(GO) test -run '^$$' -fuzz FuzzCLI -fuzztime $(FUZZTIME) ./internal/cli
	$(GO) test -run '^$$' -fuzz FuzzProseTag -fuzztime $(FUZZTIME) ./internal/extract/nlp

# Man pages generated from the commands (one per command) into man/man1.
man: build
	./$(BIN) man --dir man/man1

lint:
	gofmt -l . | (! grep .)
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# The extractor packages and what each imports from the project (layout_test.go enforces the rules).
deps:
	@for p in $$($(GO) list ./internal/extract/...); do \
		echo "$$p:"; $(GO) list -f '{{join .Imports "\n"}}' $$p | grep newsbrief | sed 's/^/    /'; done

clean:
	rm -rf bin man
