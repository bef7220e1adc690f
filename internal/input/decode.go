package input

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Errors that name what is wrong with an input; callers prefix them with the input's name.
var (
	ErrEmpty  = errors.New("empty article")
	ErrBinary = errors.New("binary data (NUL bytes), not text")
)

// Decode turns raw bytes into article text. UTF-8 (with or without a BOM) is taken as it is; UTF-16
// with a BOM is decoded; bytes that are not valid UTF-8 but contain no NUL are read as Windows-1252,
// the usual encoding of old newsroom files. The second result names a decoding that was applied ("" for
// plain UTF-8) so that the brief can say so.
func Decode(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err != nil {
			return "", "", errors.New("invalid UTF-16 text")
		}
		if bytes.IndexByte(out, 0) >= 0 {
			return "", "", ErrBinary
		}
		return checked(out, "utf-16")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "", ErrBinary
	}
	if utf8.Valid(raw) {
		return checked(raw, "")
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", errors.New("neither UTF-8 nor Windows-1252 text")
	}
	return checked(out, "windows-1252")
}

// checked returns the decoded text, or ErrEmpty when it holds nothing but white space.
func checked(text []byte, encoding string) (string, string, error) {
	if len(bytes.TrimSpace(text)) == 0 {
		return "", "", ErrEmpty
	}
	return string(text), encoding, nil
}
