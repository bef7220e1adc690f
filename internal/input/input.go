// Package input says where articles come from: stdin, files, folder walks and NDJSON records. It
// decodes bytes to text and reports, per article, either the text or the reason it cannot be read, so
// that one bad file never stops a batch.
package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
)

// Article is one input article, or the error that kept it from being read.
type Article struct {
	ID        string // the record id, the file path, or "-" for stdin
	Path      string // the file it came from ("-" for stdin), for mirroring into an output folder
	Text      string
	Published string  // the record's "published", if any
	Encoding  string  // a decoding that was applied ("windows-1252", "utf-16"), "" for UTF-8
	Err       error   // set when the article could not be read; the message names the input
	Source    *Source // what a web page or a Markdown file said about the article; nil for plain text

	// pending is markup (or an address) still to be turned into Text; Prepare does it on a worker so
	// that pages are fetched and extracted in parallel.
	pending *pending
}

// Format is how an input's bytes hold articles.
type Format string

const (
	FormatText     Format = "text"     // the whole input is one article
	FormatNDJSON   Format = "ndjson"   // each line is a record {"id","text","published"}
	FormatHTML     Format = "html"     // the whole input is one web page
	FormatMarkdown Format = "markdown" // the whole input is one Markdown story, maybe with front matter
	FormatAuto     Format = "auto"     // a web page or Markdown when the name or the first bytes say so, else text
)

// DefaultMaxBytes bounds one article (or one NDJSON line): large enough for any real article, small
// enough that a runaway input gets a clear error instead of exhausting memory.
const DefaultMaxBytes = 16 << 20

// Reader reads articles from named inputs.
type Reader struct {
	Format   Format
	MaxBytes int64
	Fetch    Fetch // how URLs are fetched
	// LibraryOnly reads web pages without newsbrief's cleanup, to measure what it adds (make eval).
	LibraryOnly bool
}

// ReadStream reads the articles in r (named name, which is "-" for stdin) and passes each to emit in
// order. NDJSON is streamed line by line, so output can start before the input ends.
func (rd Reader) ReadStream(name string, r io.Reader, emit func(Article)) {
	if rd.Format == FormatNDJSON {
		rd.readNDJSON(name, r, emit)
		return
	}
	r, typeName := gunzipPage(name, r)
	raw, err := io.ReadAll(io.LimitReader(r, plusOne(rd.maxBytes())))
	if err != nil {
		emit(Article{ID: name, Path: name, Err: fmt.Errorf("%s: %w", name, cleanErr(err))})
		return
	}
	if int64(len(raw)) > rd.maxBytes() {
		emit(Article{ID: name, Path: name, Err: fmt.Errorf("%s: article is larger than --max-bytes (%d bytes)", name, rd.maxBytes())})
		return
	}
	if format := rd.formatOf(typeName, raw); format != FormatText {
		emit(Article{ID: name, Path: name, pending: &pending{format: format, raw: raw}})
		return
	}
	text, enc, err := Decode(raw)
	if err != nil {
		emit(Article{ID: name, Path: name, Err: fmt.Errorf("%s: %w", name, err)})
		return
	}
	emit(Article{ID: name, Path: name, Text: text, Encoding: enc})
}

// ReadFile opens path and reads its articles.
func (rd Reader) ReadFile(path string, emit func(Article)) {
	info, err := os.Stat(path)
	if err != nil {
		emit(Article{ID: path, Path: path, Err: fmt.Errorf("%s: %w", path, cleanErr(err))})
		return
	}
	if info.IsDir() {
		emit(Article{ID: path, Path: path, Err: fmt.Errorf("%s: is a directory", path)})
		return
	}
	// A named pipe given by name is read like stdin: newsbrief <(zcat story.txt.gz), /dev/stdin.
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 {
		emit(Article{ID: path, Path: path, Err: fmt.Errorf("%s: not a regular file", path)})
		return
	}
	f, err := os.Open(path)
	if err != nil {
		emit(Article{ID: path, Path: path, Err: fmt.Errorf("%s: %w", path, cleanErr(err))})
		return
	}
	defer f.Close()
	rd.ReadStream(path, f, emit)
}

// plusOne is n+1, or n itself at the largest int64 (--max-bytes 9223372036854775807 means no limit).
func plusOne(n int64) int64 {
	if n == math.MaxInt64 {
		return n
	}
	return n + 1
}

func (rd Reader) maxBytes() int64 {
	if rd.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return rd.MaxBytes
}

type record struct {
	ID        *json.RawMessage `json:"id"`
	Text      *string          `json:"text"`
	HTML      *string          `json:"html"`
	URL       *string          `json:"url"`
	Published *string          `json:"published"`
}

func (rd Reader) readNDJSON(name string, r io.Reader, emit func(Article)) {
	br := bufio.NewReaderSize(r, 1<<16)
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(br, rd.maxBytes())
		where := fmt.Sprintf("%s:%d", name, lineNo)
		if tooLong {
			emit(Article{ID: where, Path: name, Err: fmt.Errorf("%s: record is larger than --max-bytes (%d bytes)", where, rd.maxBytes())})
		} else if len(bytes.TrimSpace(line)) > 0 {
			emit(rd.parseRecord(where, name, line))
		}
		if err != nil {
			if err != io.EOF {
				emit(Article{ID: where, Path: name, Err: fmt.Errorf("%s: %w", where, cleanErr(err))})
			}
			return
		}
	}
}

func (rd Reader) parseRecord(where, name string, line []byte) Article {
	line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return Article{ID: where, Path: name, Err: fmt.Errorf("%s: not a JSON record: %s", where, jsonReason(err))}
	}
	if rec.Text == nil && rec.HTML == nil {
		return Article{ID: where, Path: name, Err: fmt.Errorf("%s: record has no \"text\"", where)}
	}
	id := where
	if rec.ID != nil {
		var s string
		if json.Unmarshal(*rec.ID, &s) == nil {
			id = s
		} else {
			id = string(bytes.TrimSpace(*rec.ID)) // a numeric id keeps its digits
		}
	}
	var a Article
	if rec.Text != nil {
		a = Article{ID: id, Path: name, Text: *rec.Text}
	} else {
		a = Article{ID: id, Path: name, pending: &pending{format: FormatHTML, raw: []byte(*rec.HTML), url: deref(rec.URL)}}
	}
	if rec.Published != nil && *rec.Published != "" {
		date, err := publishedDate(*rec.Published)
		if err != nil {
			return Article{ID: id, Path: name, Err: fmt.Errorf("%s: \"published\" %v: %q", where, err, *rec.Published)}
		}
		a.Published = date
	}
	return a
}

// readLine reads one line without its end; a line longer than max is skipped and reported. The limit
// is on the record, not its line end: LF or CRLF, a record of exactly max bytes is read.
func readLine(br *bufio.Reader, max int64) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			// Room for the record and a CRLF; the record alone is measured once the line has ended.
			if int64(len(buf)+len(chunk))-2 > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		if int64(len(buf)) > max {
			tooLong, buf = true, nil
		}
		return buf, tooLong, err
	}
}

func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	return err.Error()
}

// cleanErr drops the operation and path from an *os.PathError, since callers name the input themselves.
func cleanErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
