// Package nlp is the one shared analysis of an article that every extractor family reads: lines,
// paragraphs, sentences and tokens with byte offsets into the original text, page furniture, the
// headline, byline and dateline, quantities, and prose's entity model behind a sync.Once. Analyze
// builds a Doc once; nothing after it writes to the Doc and nothing re-tokenizes the text.
package nlp
