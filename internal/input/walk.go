package input

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsbrief/newsbrief/internal/input/fetch"
)

// WalkOptions choose which files of a folder are articles.
type WalkOptions struct {
	Include []string // globs on the base name or the path relative to the folder; default *.txt, *.md, *.html, *.htm
	Exclude []string // globs that remove files or whole folders
	Hidden  bool     // also walk dot-files and dot-folders
	Skip    []string // absolute paths never to enter (an output folder)
}

// Entry is one input to read: a file, or a problem found while walking (an unreadable folder, a loop).
type Entry struct {
	Path string // the path as the user would write it
	Root string // the folder argument it was found under ("" for a file argument)
	URL  bool   // Path is an address to fetch
	Err  error
}

// Expand turns path arguments into the files to read, in order: a file stays itself, a folder becomes
// every matching file below it in sorted path order. Symlinks are followed, but each real file is
// listed once and a link loop is reported instead of followed.
func Expand(args []string, opts WalkOptions) []Entry {
	var out []Entry
	seen := map[string]bool{}
	for _, arg := range args {
		if arg == "-" {
			out = append(out, Entry{Path: "-"})
			continue
		}
		if fetch.IsURL(arg) {
			out = append(out, Entry{Path: arg, URL: true})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			out = append(out, Entry{Path: arg, Err: fmt.Errorf("%s: %w", arg, cleanErr(err))})
			continue
		}
		if !info.IsDir() {
			out = append(out, Entry{Path: arg})
			continue
		}
		w := walker{opts: opts, root: arg, seenFiles: seen, inPath: map[string]bool{}}
		w.walk(arg, &out)
		if w.found == 0 {
			// A folder that yields nothing is almost always a mistake (a wrong path, a file expected).
			out = append(out, Entry{Path: arg, Err: fmt.Errorf("%s: is a directory with no article files (%s)", arg, describeInclude(opts.Include))})
		}
	}
	return out
}

type walker struct {
	opts      WalkOptions
	root      string
	seenFiles map[string]bool // real paths of files already listed
	inPath    map[string]bool // real paths of the folders being walked, to catch link loops
	found     int             // matching files and problems met under root, listed or already seen
}

func (w *walker) walk(dir string, out *[]Entry) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.add(out, Entry{Path: dir, Root: w.root, Err: fmt.Errorf("%s: %w", dir, cleanErr(err))})
		return
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, skip := range w.opts.Skip {
		if real == skip {
			return
		}
	}
	if w.inPath[real] {
		w.add(out, Entry{Path: dir, Root: w.root, Err: fmt.Errorf("%s: symlink loop, not followed", dir)})
		return
	}
	w.inPath[real] = true
	defer delete(w.inPath, real)

	entries, err := os.ReadDir(dir)
	if err != nil {
		w.add(out, Entry{Path: dir, Root: w.root, Err: fmt.Errorf("%s: %w", dir, cleanErr(err))})
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		rel, _ := filepath.Rel(w.root, path)
		if !w.opts.Hidden && strings.HasPrefix(name, ".") {
			continue
		}
		if matchAny(w.opts.Exclude, name, rel) {
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				if matchFile(w.opts.Include, name, rel) {
					w.add(out, Entry{Path: path, Root: w.root, Err: fmt.Errorf("%s: dangling symlink", path)})
				}
				continue
			}
			mode = info.Mode().Type()
		}
		if mode.IsDir() {
			w.walk(path, out)
			continue
		}
		if !matchFile(w.opts.Include, name, rel) || !mode.IsRegular() {
			continue // a FIFO, socket or device met in a folder is no article: reading it could block
		}
		real, err := filepath.EvalSymlinks(path)
		if err == nil {
			if abs, err := filepath.Abs(real); err == nil {
				real = abs
			}
			if w.seenFiles[real] {
				w.found++
				continue
			}
			w.seenFiles[real] = true
		}
		w.add(out, Entry{Path: path, Root: w.root})
	}
}

func matchFile(include []string, name, rel string) bool {
	if len(include) == 0 {
		ext := strings.ToLower(filepath.Ext(name))
		return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm"
	}
	return matchAny(include, name, rel)
}

func matchAny(globs []string, name, rel string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
		if ok, _ := filepath.Match(g, filepath.ToSlash(rel)); ok {
			return true
		}
	}
	return false
}

func describeInclude(include []string) string {
	if len(include) == 0 {
		return "*.txt, *.md, *.html, *.htm"
	}
	return strings.Join(include, ", ")
}

// add lists an entry found under the walker's root.
func (w *walker) add(out *[]Entry, e Entry) {
	w.found++
	*out = append(*out, e)
}
