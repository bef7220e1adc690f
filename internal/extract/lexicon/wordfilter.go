package lexicon

// WordFilter is a quick, conservative test of whether a lower-case word may belong to a word set: one
// bit per (first byte, last byte, length) shape of the set's words. A word whose bit is clear is
// certainly not in the set; one whose bit is set still needs the set's map. Most tokens of running
// text fail at the bit, which spares them the map's hashing: the dates and troops scanners ask about every token.
type WordFilter [32 * 32 * 16 / 64]uint64

// shapeOf packs the first byte, the last byte (5 bits each, as letters differ there) and the length
// (up to 15) of w; "" is shape 0, which no other word has since its length part is 0.
func shapeOf(w string) int {
	if w == "" {
		return 0
	}
	return int(w[0]&31)<<9 | int(w[len(w)-1]&31)<<4 | min(len(w), 15)
}

func (f *WordFilter) Add(w string) {
	i := shapeOf(w)
	f[i/64] |= 1 << (i % 64)
}

// MayHave reports whether w may be in the set; false means it is not.
func (f *WordFilter) MayHave(w string) bool {
	i := shapeOf(w)
	return f[i/64]&(1<<(i%64)) != 0
}

// FilterOf builds the filter of the keys of set.
func FilterOf[V any](set map[string]V) *WordFilter {
	f := new(WordFilter)
	for w := range set {
		f.Add(w)
	}
	return f
}
