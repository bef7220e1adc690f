package web

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decode turns a page's bytes into UTF-8 the way a browser would: a byte-order mark, then the charset
// of the Content-Type header, then a <meta> declaration in the first 1024 bytes, else UTF-8 when the
// bytes are valid UTF-8 and Windows-1252 when not. A declaration is trusted only when the bytes agree:
// pages that declare ISO-8859-1 but are really UTF-8 (a common CMS mistake) would otherwise turn every
// curly quote into three letters, and pages that declare UTF-8 but are not are read as Windows-1252.
// The second result names a decoding that was applied ("" for UTF-8).
func decode(raw []byte, contentType string) (string, string) {
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	declared := hasBOM(raw) || declaresCharset(raw, contentType)
	valid := utf8.Valid(raw)
	switch {
	case name == "utf-8" && valid, !declared && valid:
		return string(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})), ""
	case name == "utf-8" || !declared:
		enc, name, _ = charset.DetermineEncoding(nil, "text/html; charset=windows-1252")
	case singleByte(name) && valid && hasHighBit(raw):
		return string(raw), ""
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		// A decoder that fails midway (a truncated Shift-JIS sequence) still gives the replacement
		// characters a reader would see; the article is not lost for one bad byte.
		return strings.ToValidUTF8(string(raw), "\uFFFD"), ""
	}
	return string(out), name
}

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
}

// declaresCharset reports whether the header or the page's head names a charset at all.
func declaresCharset(raw []byte, contentType string) bool {
	if strings.Contains(strings.ToLower(contentType), "charset=") {
		return true
	}
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

func singleByte(name string) bool {
	return name == "windows-1252" || strings.HasPrefix(name, "iso-8859-") || strings.HasPrefix(name, "windows-125")
}

func hasHighBit(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
