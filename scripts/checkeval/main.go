// Command checkeval measures the rules of `newsbrief check` on evaluation sets: for each rule, the
// findings per 100 clean articles, and recall on a mutation corpus made from the same articles (each
// article copied with one injected error per kind: a quote mark deleted or doubled, a surname typo, a
// weekday changed next to its date, a force given a second figure in one paragraph). The corpus is
// drawn with a fixed seed, so two runs print the same table.
//
//	go run ./scripts/checkeval -eval ../shared/eval -sets briefs-dev,gum-news-train,polnear-dev,timebank
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/check"
	"github.com/newsbrief/newsbrief/internal/extract"
)

type record struct {
	ID        string  `json:"id"`
	Text      string  `json:"text"`
	Published *string `json:"published"`
}

// outcome is what one article gave: its clean findings and, per mutant, whether its rule caught it.
type outcome struct {
	set, id  string
	clean    []check.Finding
	mutants  []mutant
	caught   []bool
	mutantAt []string // the mutant's new findings of its rule, for -mutants
}

func main() {
	evalDir := flag.String("eval", "../shared/eval", "folder of evaluation sets")
	sets := flag.String("sets", "briefs-dev,gum-news-train,polnear-dev,timebank", "comma-separated sets to read")
	seed := flag.Uint64("seed", 15, "seed of the mutation corpus")
	cleanOut := flag.String("clean", "", "write every clean-article finding to this file, to read them")
	corpusOut := flag.String("corpus", "", "write the mutation corpus as NDJSON records to this file")
	flag.Parse()

	var recs []struct {
		set string
		record
	}
	for _, set := range strings.Split(*sets, ",") {
		rs, err := readSet(filepath.Join(*evalDir, set, "docs.jsonl"))
		if err != nil {
			fmt.Fprintln(os.Stderr, "checkeval:", err)
			os.Exit(2)
		}
		for _, r := range rs {
			recs = append(recs, struct {
				set string
				record
			}{set, r})
		}
	}

	outs := make([]outcome, len(recs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i] = evaluate(recs[i].set, recs[i].record, *seed)
			}
		}()
	}
	for i := range recs {
		next <- i
	}
	close(next)
	wg.Wait()

	printTable(os.Stdout, outs)
	if *cleanOut != "" {
		must(writeClean(*cleanOut, outs))
	}
	if *corpusOut != "" {
		must(writeCorpus(*corpusOut, outs))
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkeval:", err)
		os.Exit(2)
	}
}

func readSet(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

func briefOf(r record, text string) *brief.Brief {
	opts := extract.Options{}
	if r.Published != nil {
		opts.Published, opts.PublishedSource = *r.Published, brief.PublishedFromRecord
	}
	return extract.Extract(r.ID, text, opts)
}

// evaluate checks one clean article and each of its mutants. A mutant is caught when its rule reports
// more findings on it than on the clean article.
func evaluate(set string, r record, seed uint64) outcome {
	b := briefOf(r, r.Text)
	o := outcome{set: set, id: r.ID, clean: check.Run(b, r.Text, check.Rules)}
	h := fnv.New64a()
	io.WriteString(h, r.ID)
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	for _, m := range mutants(r.Text, b, rng) {
		rule, _ := check.Lookup(m.rule)
		before := count(o.clean, m.rule)
		got := check.Run(briefOf(r, m.text), m.text, []check.Rule{rule})
		o.mutants = append(o.mutants, m)
		o.caught = append(o.caught, len(got) > before)
		var at []string
		for _, f := range got {
			at = append(at, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Message))
		}
		o.mutantAt = append(o.mutantAt, strings.Join(at, " | "))
	}
	return o
}

func count(fs []check.Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule {
			n++
		}
	}
	return n
}

// printTable prints, per rule, its severity, findings per 100 clean articles, and recall on its
// mutants (caught / made), then recall per kind of mutation.
func printTable(w io.Writer, outs []outcome) {
	articles := len(outs)
	found := map[string]int{}
	made, caught := map[string]int{}, map[string]int{}
	kindMade, kindCaught := map[string]int{}, map[string]int{}
	var kinds []string
	for _, o := range outs {
		for _, f := range o.clean {
			found[f.Rule]++
		}
		for i, m := range o.mutants {
			made[m.rule]++
			if kindMade[m.kind] == 0 {
				kinds = append(kinds, m.kind)
			}
			kindMade[m.kind]++
			if o.caught[i] {
				caught[m.rule]++
				kindCaught[m.kind]++
			}
		}
	}
	fmt.Fprintf(w, "check rules on %d clean articles and their mutants\n", articles)
	fmt.Fprintf(w, "%-22s %-8s %8s %14s %8s\n", "rule", "severity", "findings", "per 100 clean", "recall")
	for _, r := range check.Rules {
		recall := "-"
		if made[r.ID] > 0 {
			recall = fmt.Sprintf("%.2f (%d/%d)", float64(caught[r.ID])/float64(made[r.ID]), caught[r.ID], made[r.ID])
		}
		fmt.Fprintf(w, "%-22s %-8s %8d %14.1f %s\n", r.ID, r.Severity, found[r.ID], 100*float64(found[r.ID])/float64(max(articles, 1)), recall)
	}
	for _, k := range kinds {
		fmt.Fprintf(w, "  mutants: %-34s %.2f (%d/%d)\n", k, float64(kindCaught[k])/float64(kindMade[k]), kindCaught[k], kindMade[k])
	}
}

func writeClean(path string, outs []outcome) error {
	var b strings.Builder
	for _, o := range outs {
		for _, f := range o.clean {
			fmt.Fprintf(&b, "%s\t%s:%d:%d\t%s\t%s\t%s\n", o.set, o.id, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeCorpus(path string, outs []outcome) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, o := range outs {
		for i, m := range o.mutants {
			if err := enc.Encode(map[string]any{"id": o.id + "#" + strings.ReplaceAll(m.kind, " ", "-"), "set": o.set, "rule": m.rule, "kind": m.kind, "caught": o.caught[i], "found": o.mutantAt[i], "text": m.text}); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
