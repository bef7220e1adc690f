package nlp

// A port of the parts of prose v2.0.0 (github.com/jdkato/prose/v2, MIT licence, © Joseph Kato;
// its tagger after Matthew Honnibal's, MIT licence) that newsbrief runs: the tokenizer, the
// averaged-perceptron tagger and the maximum-entropy entity classifier, reading prose's own model
// from prose_model.bin. Each function follows prose's, quirks included (a repeated word shares one
// token, so the last tag and label given to it are every copy's; the shape of "José" is "punct"),
// so that it labels every text as prose does: TestProseTagMatchesProse holds it to that. Two things
// differ: where prose breaks a tie between equal scores by Go's random map order, this takes the
// first class in the model's order; and a word whose lower-case form is longer than itself cannot
// make the tokenizer slice past its end (where prose panics).

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseToken is prose's Token: a word, its part-of-speech tag and its IOB entity label.
type proseToken struct {
	Text, Tag, Label string
}

// proseSanitizer is prose's quote rewriting before tokenizing.
var proseSanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

var (
	proseSuffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	prosePrefixes     = []string{"$", "(", `"`, "["}
	proseContractions = []string{"'ll", "'s", "'re", "'m"}
	proseNegation     = []string{"n't"}
)

// proseDocument tokenizes, tags and labels text as prose.NewDocument(text, UsingModel(en-v2.0.0),
// WithSegmentation(false)) does, and returns its tokens.
func (m *ProseModel) proseDocument(text string) []proseToken {
	toks := m.tokenize(text)
	m.tag(toks)
	m.classify(toks)
	out := make([]proseToken, len(toks))
	for i, t := range toks {
		out[i] = *t
	}
	return out
}

// tokenize is prose's iterTokenizer.tokenize.
func (m *ProseModel) tokenize(text string) []*proseToken {
	tokens := []*proseToken{}
	clean, white := proseSanitizer.Replace(text), false
	length := len(clean)
	start, index := 0, 0
	cache := map[string][]*proseToken{}
	for index <= length {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				span := clean[start:index]
				if toks, found := cache[span]; found {
					tokens = append(tokens, toks...)
				} else {
					toks := m.doSplit(span)
					cache[span] = toks
					tokens = append(tokens, toks...)
				}
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		tokens = append(tokens, m.doSplit(clean[start:index])...)
	}
	return tokens
}

func proseAddToken(s string, toks []*proseToken) []*proseToken {
	if strings.TrimSpace(s) != "" {
		toks = append(toks, &proseToken{Text: s})
	}
	return toks
}

func (m *ProseModel) isSpecial(token string) bool {
	return proseEmoticons[token] || m.internal.MatchString(token)
}

// doSplit is prose's doSplit: it splits prefixes, contractions and suffixes off a whitespace-free span.
func (m *ProseModel) doSplit(token string) []*proseToken {
	tokens := []*proseToken{}
	suffs := []*proseToken{}
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if m.isSpecial(token) {
			tokens = proseAddToken(token, tokens)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if proseHasAnyPrefix(token, prosePrefixes) {
			tokens = proseAddToken(string(rune(token[0])), tokens)
			token = token[1:]
		} else if idx := proseHasAnyIndex(lower, proseContractions); idx > -1 && idx <= len(token) {
			tokens = proseAddToken(token[:idx], tokens)
			token = token[idx:]
		} else if idx := proseHasAnyIndex(lower, proseNegation); idx > -1 && idx <= len(token) {
			tokens = proseAddToken(token[:idx], tokens)
			token = token[idx:]
		} else if proseHasAnySuffix(token, proseSuffixes) {
			suffs = append([]*proseToken{{Text: string(rune(token[len(token)-1]))}}, suffs...)
			token = token[:len(token)-1]
		} else {
			tokens = proseAddToken(token, tokens)
		}
	}
	return append(tokens, suffs...)
}

func proseHasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func proseHasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

func proseHasAnyIndex(s string, subs []string) int {
	for _, p := range subs {
		if idx := strings.Index(s, p); idx >= 0 && len(s) > len(p) {
			return idx
		}
	}
	return -1
}

// tag is prose's perceptronTagger.tag.
func (m *ProseModel) tag(tokens []*proseToken) {
	p1, p2 := "-START-", "-START2-"
	n := len(tokens) + 4
	ctx := make([]string, n)
	ctx[0], ctx[1] = p1, p2
	for i, t := range tokens {
		ctx[i+2] = proseNormalize(t.Text)
	}
	ctx[n-2], ctx[n-1] = "-END-", "-END2-"
	scores := make([]int64, len(m.classes))
	seen := make([]bool, len(m.classes))
	var key []byte
	for i, t := range tokens {
		word := t.Text
		var tag string
		switch {
		case word == "-":
			tag = "-"
		case proseEmoticons[word]:
			tag = "SYM"
		case m.link.MatchString(word) || m.email.MatchString(word) || strings.HasPrefix(word, "@"):
			tag = "NN"
		case m.none.MatchString(word):
			tag = "-NONE-"
		case m.keep.MatchString(word):
			tag = word
		default:
			key = append(key[:0], word...)
			var found bool
			if tag, found = m.tagOf(key); !found {
				tag = m.predict(i, ctx, word, p1, p2, scores, seen, key)
			}
		}
		t.Tag = tag
		p2 = p1
		p1 = tag
	}
}

// predict is prose's averagedPerceptron.predict over featurize's features. prose sums float weights
// in Go's random map order; every weight is a whole number of thousandths, so summing them as
// integers gives the exact sums whose rounded values prose compares.
func (m *ProseModel) predict(i int, ctx []string, w, p1, p2 string, scores []int64, seen []bool, key []byte) string {
	clear(scores)
	clear(seen)
	i = min(len(ctx)-2, i+2)
	feat := func(name string, args ...string) {
		key = append(key[:0], name...)
		for _, a := range args {
			key = append(key, ' ')
			key = append(key, a...)
		}
		m.addPerceptron(key, scores, seen)
	}
	feat("bias")
	feat("i suffix", w[len(w)-min(len(w), 3):])
	feat("i pref1", string(rune(w[0])))
	feat("i-1 tag", p1)
	feat("i-2 tag", p2)
	feat("i tag+i-2 tag", p1, p2)
	feat("i word", ctx[i])
	feat("i-1 tag+i word", p1, ctx[i])
	feat("i-1 word", ctx[i-1])
	feat("i-1 suffix", ctx[i-1][len(ctx[i-1])-min(len(ctx[i-1]), 3):])
	feat("i-2 word", ctx[i-2])
	feat("i+1 word", ctx[i+1])
	feat("i+1 suffix", ctx[i+1][len(ctx[i+1])-min(len(ctx[i+1]), 3):])
	feat("i+2 word", ctx[i+2])
	best, class := int64(math.MinInt64), ""
	for c, s := range scores {
		if seen[c] && (class == "" || s > best) {
			best, class = s, m.classes[c]
		}
	}
	return class
}

// proseNormalize is prose's normalize.
func proseNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// classify is prose's entityExtracter.classify: it labels each token in turn, reading the labels
// given before it.
func (m *ProseModel) classify(tokens []*proseToken) {
	history := make([]string, 0, len(tokens))
	totals := make([]float64, len(m.labels))
	var key []byte
	for i := range tokens {
		clear(totals)
		m.entityFeatures(i, tokens, history, func(f int, value ...string) {
			key = append(key[:0], byte(f))
			for _, v := range value {
				key = append(key, v...)
			}
			m.addEntity(key, totals)
		})
		best, label := math.Inf(-1), ""
		for l, v := range totals {
			if v > best {
				best, label = v, m.labels[l]
			}
		}
		tokens[i].Label = label
		history = append(history, proseSimplePOS(label))
	}
}

// The entity features in prose's featureOrder, the order in which it sums their weights.
const (
	entBias = iota
	entWordlist
	entNextPos
	entNextWord
	entPos
	entPosPrevTag
	entPrefix3
	entPrevPos
	entPrevTag
	entPrevWord
	entShape
	entShapePrevTag
	entSuffix3
	entWord
	entWordNextPos
	entWordLower
	entWordLen
)

// entityFeatures calls add with each feature of prose's extract for token i, in featureOrder; a
// value in parts is their concatenation.
func (m *ProseModel) entityFeatures(i int, ctx []*proseToken, history []string, add func(f int, value ...string)) {
	word := ctx[i].Text
	lower := strings.ToLower(word)
	prevShape, prevTag, prevWord, prevPos := "None", "None", "None", "None"
	if i > 0 {
		prevWord = strings.ToLower(ctx[i-1].Text)
		prevPos = ctx[i-1].Tag
		prevTag = history[i-1]
		if i > 1 {
			prevShape = proseShape(ctx[i-1].Text)
		}
	}
	nextWord, nextPos := "None", "None"
	if i < len(ctx)-1 {
		nextWord = strings.ToLower(ctx[i+1].Text)
		nextPos = strings.ToLower(ctx[i+1].Tag)
	}
	wordlist := "False"
	if m.basicWords[word] {
		wordlist = "True"
	}
	add(entBias, "True")
	add(entWordlist, wordlist)
	add(entNextPos, nextPos)
	add(entNextWord, nextWord)
	add(entPos, ctx[i].Tag)
	add(entPosPrevTag, ctx[i].Tag, "+", prevTag)
	add(entPrefix3, strings.ToLower(word[:min(len(word), 3)]))
	add(entPrevPos, prevPos)
	add(entPrevTag, prevTag)
	add(entPrevWord, prevWord)
	add(entShape, proseShape(word))
	add(entShapePrevTag, prevShape, "+", prevTag)
	add(entSuffix3, strings.ToLower(word[len(word)-min(len(word), 3):]))
	add(entWord, word)
	add(entWordNextPos, lower, "+", nextPos)
	add(entWordLower, lower)
	add(entWordLen, strconv.Itoa(len(word)))
}

// proseShape is prose's shape: its patterns `\W+$` and `\w+$` ask whether the last character is an
// ASCII letter, digit or underscore.
func proseShape(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return "number"
	}
	if word == "" {
		return "other"
	}
	if c := word[len(word)-1]; !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return "punct"
	}
	if strings.ToLower(word) == word {
		return "downcase"
	}
	//lint:ignore SA1019 prose's shape feature is defined by strings.Title
	if strings.Title(word) == word {
		return "upcase"
	}
	return "mixedcase"
}

// proseSimplePOS is prose's simplePOS, which reduces a label to what the next token reads of it.
func proseSimplePOS(pos string) string {
	if strings.HasPrefix(pos, "V") {
		return "v"
	}
	return strings.Split(pos, "-")[0]
}
