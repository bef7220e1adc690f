package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"github.com/newsbrief/newsbrief/internal/input"
)

// outDir writes one brief per article under a folder (--out-dir), mirroring the input paths: a/b.txt
// becomes OUT/a/b.json. It never writes into an input folder or over an input file, and never creates
// anything outside the folder (every operation goes through an os.Root, which refuses a symlink that
// leads out). Each file is written atomically (a temporary file in the same folder, fsynced, then a
// rename), so a reader never sees half a brief; an interrupted run removes its temporary file
// (signals.go) and the next run removes those a killed run left.
type outDir struct {
	dir     string            // as the user gave it
	real    string            // its absolute path with symlinks resolved
	ext     string            // the format's extension
	records bool              // inputs are NDJSON records, named by id
	inputs  map[string]bool   // real paths of the input files
	roots   map[string]string // each input file's folder argument ("" for a file argument)
	written map[string]string // output path → the article written there, to refuse a second one

	root  *os.Root   // the folder, opened once it exists
	mu    sync.Mutex // held while a temporary file exists, so that a signal can remove it
	tmp   string     // the temporary file being written (relative to root), "" when none
	count int        // briefs written (under mu)
}

// newOutDir checks dir against the path arguments before anything is read or created: it must not be a
// file, and must not be or contain an input folder (briefs would land among the articles). A dir inside
// an input folder is fine: the caller excludes it from the walk.
func newOutDir(dir string, args []string, ext string, records bool) (*outDir, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, fmt.Errorf("--out-dir %s is not a folder", dir)
	}
	o := &outDir{dir: dir, real: realPath(dir), ext: ext, records: records, inputs: map[string]bool{}, roots: map[string]string{}, written: map[string]string{}}
	for _, arg := range args {
		if arg == "-" {
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			continue // reported when read
		}
		ra := realPath(arg)
		switch {
		case info.IsDir() && within(ra, o.real):
			return nil, fmt.Errorf("--out-dir %s contains the input folder %s; choose a folder outside it", dir, arg)
		case !info.IsDir() && ra == o.real:
			return nil, fmt.Errorf("--out-dir %s is an input file", dir)
		}
	}
	return o, nil
}

// create makes the folder and notes the inputs that must never be written over.
func (o *outDir) create(entries []input.Entry) error {
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return fmt.Errorf("--out-dir %s: %w", o.dir, cleanPathErr(err))
	}
	root, err := os.OpenRoot(o.dir)
	if err != nil {
		return fmt.Errorf("--out-dir %s: %w", o.dir, cleanPathErr(err))
	}
	o.root = root
	o.real = realPath(o.dir)
	for _, e := range entries {
		if e.Err != nil || e.Path == "-" {
			continue
		}
		o.inputs[realPath(e.Path)] = true
		if _, ok := o.roots[e.Path]; !ok {
			o.roots[e.Path] = e.Root
		}
	}
	return nil
}

// target is the path, under the folder, of an article's brief.
func (o *outDir) target(r result) string {
	a := r.article
	switch {
	case o.records:
		return sanitizeName(a.ID) + o.ext
	case a.Path == "-":
		return "stdin" + o.ext
	case isURLPath(a.Path):
		return urlFileName(a.Path) + o.ext
	}
	rel := localName(a.Path)
	if root := o.roots[a.Path]; root != "" {
		if r, err := filepath.Rel(root, a.Path); err == nil {
			rel = filepath.Join(localName(root), r)
		}
	}
	return strings.TrimSuffix(rel, filepath.Ext(rel)) + o.ext
}

// write renders r's brief into its file.
func (o *outDir) write(r result, format string) error {
	name := articleName(r.article)
	rel := o.target(r)
	path := filepath.Join(o.dir, rel)
	if prev, ok := o.written[path]; ok {
		return fmt.Errorf("%s: not written: %s already holds the brief of %s", name, path, prev)
	}
	dir := filepath.Dir(path)
	// Through the root: a symlink inside the folder that leads out of it is refused before anything is
	// created, where os.MkdirAll would first have made the folders at its far end.
	if err := o.root.MkdirAll(filepath.Dir(rel), 0o755); err != nil {
		if escapes(err) {
			return fmt.Errorf("%s: not written: %s leads out of --out-dir (a symlink?)", name, dir)
		}
		return fmt.Errorf("%s: %w", name, cleanPathErr(err))
	}
	if o.inputs[filepath.Join(realPath(dir), filepath.Base(path))] {
		return fmt.Errorf("%s: not written: %s is an input", name, path)
	}
	data, err := renderOne(format, r.brief)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := o.writeAtomic(rel, data); err != nil {
		if escapes(err) {
			return fmt.Errorf("%s: not written: %s leads out of --out-dir (a symlink?)", name, path)
		}
		return fmt.Errorf("%s: writing %s: %w", name, path, cleanPathErr(err))
	}
	o.written[path] = name
	return nil
}

// escapes reports whether err is os.Root refusing a path that leads out of it.
func escapes(err error) bool {
	return err != nil && strings.Contains(err.Error(), "escapes from parent")
}

// writeAtomic writes data to a hidden temporary file next to rel (tmpName: our own naming, with our
// process id), fsyncs it and renames it over rel, all inside the root.
func (o *outDir) writeAtomic(rel string, data []byte) error {
	o.mu.Lock()
	var f *os.File
	var tmp string
	var err error
	for try := 0; try < 100; try++ {
		tmp = tmpName(rel, try)
		if f, err = o.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644); !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		o.mu.Unlock()
		return err
	}
	o.tmp = tmp
	o.mu.Unlock()

	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = o.root.Chmod(tmp, 0o644) // whatever the umask, like a file the user's shell would write
	}

	o.mu.Lock()
	defer o.mu.Unlock()
	if err == nil {
		err = o.root.Rename(tmp, rel)
	}
	if err != nil {
		o.root.Remove(tmp)
	} else {
		o.count++
	}
	o.tmp = ""
	return err
}

// close releases the folder.
func (o *outDir) close() {
	if o.root != nil {
		o.root.Close()
	}
}

// localName is p as a relative path inside the output folder: p itself when it is relative and stays
// below the working folder ("a/b.txt"), else its last element ("/data/in" → "in", "../in" → "in").
func localName(p string) string {
	c := filepath.Clean(p)
	if filepath.IsLocal(c) {
		return c
	}
	if abs, err := filepath.Abs(c); err == nil {
		c = abs
	}
	base := filepath.Base(c)
	if base == string(filepath.Separator) || base == "." || base == ".." {
		return ""
	}
	return base
}

// sanitizeName turns a record id into a file name: letters, digits, '-', '_' and '.' are kept, anything
// else (a slash above all) becomes '_'; a leading dot is replaced so the file is not hidden.
func sanitizeName(id string) string {
	var b strings.Builder
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 150 {
			break
		}
	}
	s := b.String()
	if strings.HasPrefix(s, ".") {
		s = "_" + s[1:]
	}
	if s == "" {
		s = "record"
	}
	return s
}

// realPath is p made absolute with every symlink of its existing part resolved, so that two spellings
// of one place compare equal even before the place exists.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for cur := abs; ; {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	if path == dir {
		return true
	}
	if !strings.HasSuffix(dir, string(filepath.Separator)) {
		dir += string(filepath.Separator)
	}
	return strings.HasPrefix(path, dir)
}

func cleanPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
