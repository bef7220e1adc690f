package nlp

import (
	_ "embed" // prose_model.bin
	"encoding/binary"
	"math"
	"regexp"
	"sync"
)

//go:generate go run ./internal/prosemodel/gen prose_model.bin

// proseModelData is prose's tagger and entity model (en-v2.0.0) in the compact form that
// internal/prosemodel writes: three hash tables read in place, so loading the model decodes
// nothing and its numbers are not on the heap (the pages that a tagging run touches are read from
// the binary on demand). prose's own load decodes 60 MB of gob maps in 0.5–0.7 CPU-seconds.
//
//go:embed prose_model.bin
var proseModelData string

const proseModelMagic = "newsbrief-prose-model/1\n"

// ProseModel is prose's tagger and entity model, read in place from proseModelData, with the
// patterns prose's tagger and tokenizer match words against.
type ProseModel struct {
	classes, labels []string
	basicWords      map[string]bool // prose's en-wordlist feature
	tags            proseTable      // word → u8 class
	perceptron      proseTable      // tagger feature → u8 n, n × (u8 class, i32 weight in thousandths)
	entities        proseTable      // u8 feature + value → u8 n, n × (u8 label, f64 weight)

	// prose's patterns (tag.go, tokenize.go; the link and e-mail patterns are commonregex's, which
	// prose imports): compiled with the model, so a run that never needs it never compiles them.
	link, email, none, keep, internal *regexp.Regexp
}

var (
	proseOnce  sync.Once
	proseModel *ProseModel
)

// Model returns prose's model, read on first use and shared read-only by every goroutine. Reading it
// takes well under a millisecond.
func Model() *ProseModel {
	proseOnce.Do(func() { proseModel = loadProseModel(proseModelData) })
	return proseModel
}

func loadProseModel(data string) *ProseModel {
	r := &modelReader{data: data}
	if r.take(len(proseModelMagic)) != proseModelMagic {
		panic("nlp: prose_model.bin is not a newsbrief prose model; run go generate ./internal/extract/nlp")
	}
	m := &ProseModel{classes: r.strings(), labels: r.strings(), basicWords: map[string]bool{}}
	for _, w := range r.strings() {
		m.basicWords[w] = true
	}
	m.tags, m.perceptron, m.entities = r.table(), r.table(), r.table()
	if r.off != len(data) {
		panic("nlp: prose_model.bin has trailing bytes")
	}
	m.link = regexp.MustCompile(commonregexLink)
	m.email = regexp.MustCompile(commonregexEmail)
	m.none = regexp.MustCompile(proseNone)
	m.keep = regexp.MustCompile(proseKeep)
	m.internal = regexp.MustCompile(proseInternal)
	return m
}

// The patterns, as prose v2.0.0 and commonregex v1.0.1 write them.
const (
	commonregexLink  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	commonregexEmail = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
	proseNone        = `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`
	proseKeep        = `^\-[A-Z]{3}\-$`
	proseInternal    = `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`
)

type modelReader struct {
	data string
	off  int
}

func (r *modelReader) take(n int) string {
	s := r.data[r.off : r.off+n]
	r.off += n
	return s
}

func (r *modelReader) u32() int {
	return int(binary.LittleEndian.Uint32([]byte(r.take(4))))
}

func (r *modelReader) strings() []string {
	n := int(binary.LittleEndian.Uint16([]byte(r.take(2))))
	out := make([]string, n)
	for i := range out {
		out[i] = r.take(int(r.take(1)[0]))
	}
	return out
}

func (r *modelReader) table() proseTable {
	n, size := r.u32(), r.u32()
	return proseTable{slots: r.take(4 * n), recs: r.take(size), mask: uint64(n - 1)}
}

// proseTable is one of the model's open-addressing hash tables, read in place.
type proseTable struct {
	slots, recs string
	mask        uint64
}

// lookup returns the payload stored under key and the rest of the records after it (a payload
// knows its own length), or false.
func (t *proseTable) lookup(key []byte) (string, bool) {
	h := uint64(14695981039346656037) // FNV-1a, as prosemodel.Hash
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[4*i : 4*i+4]
		off := int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
		if off == 0 {
			return "", false
		}
		rec := t.recs[off-1:]
		n, k := uvarint(rec)
		if n == len(key) && rec[k:k+n] == string(key) {
			return rec[k+n:], true
		}
	}
}

func uvarint(s string) (int, int) {
	x, shift := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		x |= int(c&0x7f) << shift
		if c < 0x80 {
			return x, i + 1
		}
		shift += 7
	}
	return 0, len(s)
}

// tagOf is the tag prose gives word without its perceptron, if any.
func (m *ProseModel) tagOf(word []byte) (string, bool) {
	p, ok := m.tags.lookup(word)
	if !ok {
		return "", false
	}
	return m.classes[p[0]], true
}

// addPerceptron adds the weights of tagger feature key to scores, in thousandths, and marks the
// classes it has a weight for.
func (m *ProseModel) addPerceptron(key []byte, scores []int64, seen []bool) {
	p, ok := m.perceptron.lookup(key)
	if !ok {
		return
	}
	n := int(p[0])
	for k := 0; k < n; k++ {
		e := p[1+5*k : 6+5*k]
		c := e[0]
		w := int32(uint32(e[1]) | uint32(e[2])<<8 | uint32(e[3])<<16 | uint32(e[4])<<24)
		scores[c] += int64(w)
		seen[c] = true
	}
}

// addEntity adds the weights of entity feature f with value key[1:] (key[0] is f) to totals.
func (m *ProseModel) addEntity(key []byte, totals []float64) {
	p, ok := m.entities.lookup(key)
	if !ok {
		return
	}
	n := int(p[0])
	for k := 0; k < n; k++ {
		e := p[1+9*k : 10+9*k]
		var bits uint64
		for b := 8; b >= 1; b-- {
			bits = bits<<8 | uint64(e[b])
		}
		totals[e[0]] += math.Float64frombits(bits)
	}
}
