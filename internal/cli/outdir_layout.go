package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/newsbrief/newsbrief/internal/input"
)

// leaveOut takes out of entries the files inside the out-dir, which is inside an input folder when it
// holds any: the briefs of an earlier run into the same folder (the very files this run writes) are
// left out quietly; anything else there is input the run would not read, and the layout is refused,
// naming it, before anything is written: input is never dropped quietly.
func (o *outDir) leaveOut(entries []input.Entry) ([]input.Entry, error) {
	var inside []input.Entry
	kept := entries[:0:0]
	for _, e := range entries {
		if e.Path != "-" && within(realPath(e.Path), o.real) {
			inside = append(inside, e)
			continue
		}
		kept = append(kept, e)
	}
	if len(inside) == 0 {
		return entries, nil
	}
	ours := map[string]bool{}
	if !o.records {
		for _, e := range kept {
			if e.Err != nil || e.Path == "-" {
				continue
			}
			if _, ok := o.roots[e.Path]; !ok {
				o.roots[e.Path] = e.Root
			}
			ours[realPath(filepath.Join(o.dir, o.target(result{article: input.Article{ID: e.Path, Path: e.Path}})))] = true
		}
	}
	var foreign []string
	for _, e := range inside {
		if e.Err == nil && ours[realPath(e.Path)] {
			continue
		}
		foreign = append(foreign, e.Path)
	}
	if len(foreign) == 0 {
		return kept, nil
	}
	names := foreign
	more := ""
	if len(names) > 3 {
		names, more = names[:3], fmt.Sprintf(" and %d more", len(foreign)-3)
	}
	return nil, fmt.Errorf("--out-dir %s holds %d input files that would not be briefed (%s%s); choose a folder outside the input folders",
		o.dir, len(foreign), strings.Join(names, ", "), more)
}
