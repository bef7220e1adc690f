// Package prosemodel writes prose's English tagger and entity model (github.com/jdkato/prose/v2,
// model en-v2.0.0) in the compact form that package nlp embeds (prose_model.bin). prose ships its
// model as gzipped gob maps that take 0.5–0.7 CPU-seconds and about 60 MB of heap to decode on
// every run; the compact form is the same numbers laid out as three open-addressing hash tables that
// the program reads in place, without decoding anything: loading it takes a quarter of a millisecond.
//
// Only `go generate ./internal/extract/nlp` and nlp's tests import this package (and with it prose):
// the newsbrief binary reads the generated file. nlp's tests check that the file is what Build
// writes from prose's own model and that nlp tags text exactly as prose does.
//
// # Format
//
// All integers little-endian.
//
//	magic    "newsbrief-prose-model/1\n"
//	strings  classes: the tagger's POS tags; u16 count, then each as u8 length + bytes
//	strings  labels: the entity model's IOB labels, in prose's order
//	strings  words: prose's basic-English word list (the en-wordlist feature)
//	table    tags: a word prose tags without its perceptron → payload u8 class
//	table    perceptron: a tagger feature, e.g. "i-1 word the" → payload u8 n, then n × (u8 class,
//	         i32 weight in thousandths: every weight of prose's averaged perceptron is rounded to 3 places)
//	table    entities: u8 feature (its index in FeatureOrder) + the feature's value → payload u8 n,
//	         then n × (u8 label, f64 weight)
//
// A table is u32 slot count (a power of two), u32 record bytes, the slots (u32 each: 0 for empty,
// else 1 + the offset of a record), then the records: uvarint key length, key, payload. A key is
// found by probing linearly from slot Hash(key) & (slots-1).
package prosemodel

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// Magic opens the file and names its format's version.
const Magic = "newsbrief-prose-model/1\n"

// FeatureOrder is the order in which prose's entity model reads and sums its features
// (featureOrder in prose's extract.go).
var FeatureOrder = []string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// Hash is 64-bit FNV-1a.
func Hash(key []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range key {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func decode(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Build decodes prose's model and returns it in the compact form. The output depends only on the
// model: tables are filled in sorted key order.
func Build() ([]byte, error) {
	var (
		classes, labels, words []string
		tagMap                 map[string]string
		perceptron             map[string]map[string]float64
		mapping                map[string]int
		weights                []float64
	)
	for _, d := range []struct {
		name string
		v    any
	}{
		{"model/AveragedPerceptron/classes.gob", &classes},
		{"model/AveragedPerceptron/tags.gob", &tagMap},
		{"model/AveragedPerceptron/weights.gob", &perceptron},
		{"model/Maxent/labels.gob", &labels},
		{"model/Maxent/mapping.gob", &mapping},
		{"model/Maxent/weights.gob", &weights},
		{"model/Maxent/words.gob", &words},
	} {
		if err := decode(d.name, d.v); err != nil {
			return nil, err
		}
	}
	if len(classes) > 255 || len(labels) > 255 {
		return nil, fmt.Errorf("%d classes and %d labels: more than a byte holds", len(classes), len(labels))
	}
	var out bytes.Buffer
	out.WriteString(Magic)
	for _, list := range [][]string{classes, labels, words} {
		if err := writeStrings(&out, list); err != nil {
			return nil, err
		}
	}

	tags := newTable()
	for word, tag := range tagMap {
		c := slices.Index(classes, tag)
		if c < 0 {
			return nil, fmt.Errorf("word %q has tag %q, not one of the classes", word, tag)
		}
		tags.add(word, []byte{byte(c)})
	}

	percep := newTable()
	for feat, byClass := range perceptron {
		names := sortedKeys(byClass)
		payload := []byte{byte(len(names))}
		for _, class := range names {
			w := byClass[class]
			c := slices.Index(classes, class)
			k := math.Round(w * 1000)
			if c < 0 || float64(int64(k))/1000 != w || math.Abs(k) > math.MaxInt32 {
				return nil, fmt.Errorf("feature %q: class %q weight %v is not a class's weight in thousandths", feat, class, w)
			}
			payload = append(payload, byte(c))
			payload = binary.LittleEndian.AppendUint32(payload, uint32(int32(k)))
		}
		percep.add(feat, payload)
	}

	// prose keys its entity weights "feature-value-label"; grouping them by feature and value makes
	// one look-up per feature instead of one per feature and label. Every key splits one way only:
	// one feature name followed by "-" starts it, one label preceded by "-" ends it.
	type weight struct {
		label byte
		w     float64
	}
	groups := map[string][]weight{}
	for key, id := range mapping {
		f, l := -1, -1
		for i, name := range FeatureOrder {
			if strings.HasPrefix(key, name+"-") {
				if f >= 0 {
					return nil, fmt.Errorf("entity feature %q: two feature names", key)
				}
				f = i
			}
		}
		for i, label := range labels {
			if strings.HasSuffix(key, "-"+label) {
				if l >= 0 {
					return nil, fmt.Errorf("entity feature %q: two labels", key)
				}
				l = i
			}
		}
		if f < 0 || l < 0 || id < 0 || id >= len(weights) {
			return nil, fmt.Errorf("entity feature %q (%d) does not parse", key, id)
		}
		value := key[len(FeatureOrder[f])+1 : len(key)-len(labels[l])-1]
		g := string([]byte{byte(f)}) + value
		groups[g] = append(groups[g], weight{byte(l), weights[id]})
	}
	entities := newTable()
	for g, ws := range groups {
		sort.Slice(ws, func(i, j int) bool { return ws[i].label < ws[j].label })
		payload := []byte{byte(len(ws))}
		for _, w := range ws {
			payload = append(payload, w.label)
			payload = binary.LittleEndian.AppendUint64(payload, math.Float64bits(w.w))
		}
		entities.add(g, payload)
	}

	for _, t := range []*table{tags, percep, entities} {
		t.write(&out)
	}
	return out.Bytes(), nil
}

func writeStrings(out *bytes.Buffer, list []string) error {
	if len(list) > 0xffff {
		return fmt.Errorf("%d strings", len(list))
	}
	out.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(list))))
	for _, s := range list {
		if len(s) > 255 {
			return fmt.Errorf("string %q longer than 255 bytes", s)
		}
		out.WriteByte(byte(len(s)))
		out.WriteString(s)
	}
	return nil
}

type table struct {
	entries map[string][]byte
}

func newTable() *table { return &table{entries: map[string][]byte{}} }

func (t *table) add(key string, payload []byte) { t.entries[key] = payload }

func (t *table) write(out *bytes.Buffer) {
	n := 1
	for n < 2*len(t.entries) {
		n *= 2
	}
	slots := make([]uint32, n)
	var recs []byte
	for _, key := range sortedKeys(t.entries) {
		i := Hash([]byte(key)) & uint64(n-1)
		for slots[i] != 0 {
			i = (i + 1) & uint64(n-1)
		}
		slots[i] = uint32(len(recs)) + 1
		recs = binary.AppendUvarint(recs, uint64(len(key)))
		recs = append(recs, key...)
		recs = append(recs, t.entries[key]...)
	}
	var hdr []byte
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(n))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(recs)))
	for _, s := range slots {
		hdr = binary.LittleEndian.AppendUint32(hdr, s)
	}
	out.Write(hdr)
	out.Write(recs)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
