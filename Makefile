# newsbrief: `make run` builds and briefs the seed article; `make test` runs every test (what CI runs).
GO      ?= go
BIN     := bin/newsbrief
EVAL    ?= ../shared/eval
ARTICLE ?= testdata/seed.txt

.PHONY: build run test eval bench bench-hostile fuzz lint deps clean

build:
	$(GO) build -o $(BIN) ./cmd/newsbrief

run: build
	./$(BIN) $(ARTICLE)

# staticcheck at a pinned version: `go run` fetches and builds it from the module proxy on a fresh
# machine, without adding it to go.mod.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# Vet, staticcheck, then unit, golden and CLI (testscript) tests with the race detector.
test:
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) test -race -count=1 ./...

# Scores every evaluation set in $(EVAL) with its scorer (needs ../shared/eval and python3).
eval: build
	@scripts/eval.sh $(BIN) $(EVAL)

# Go benchmarks per extractor and for the whole brief, then a CLI throughput run, then the hostile
# benchmark.
bench: build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 5x ./internal/...
	@scripts/throughput.sh $(BIN) $(EVAL)
	@$(MAKE) --no-print-directory bench-hostile

# Degenerate articles (scripts/hostile.py) at 64 KiB, 1 MiB and 4 MiB: CPU-seconds per MB beside real
# news text's, and peak RSS; then each at 16 MiB, and two under the default -j.
bench-hostile: build
	@scripts/bench-hostile.sh $(BIN)

# Each fuzz target for FUZZTIME (default 1m).
FUZZTIME ?= 1m
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME) ./internal/input
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME) ./internal/extract

lint:
	gofmt -l . | (! grep .)
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# The extractor packages and what each imports from the project (layout_test.go enforces the rules).
deps:
	@for p in $$($(GO) list ./internal/extract/...); do \
		echo "$$p:"; $(GO) list -f '{{join .Imports "\n"}}' $$p | grep newsbrief | sed 's/^/    /'; done

clean:
	rm -rf bin
