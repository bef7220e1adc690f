// Package lexicon holds the word lists more than one part of newsbrief reads: given names and common
// English words (embedded data files), titles and honorifics, nationalities, calendar words, numbers
// written as words, and the few lists one extractor family lends another. It imports nothing of the
// project: every other package may read it, and it is read-only after package initialisation.
package lexicon
