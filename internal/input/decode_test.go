package input

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Kyiv said “no”." {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Kyiv said “no”." {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	tests := []struct {
		name     string
		raw      []byte
		text     string
		encoding string
		err      error
	}{
		{"utf-8", []byte("Kyiv said “no”."), "Kyiv said “no”.", "", nil},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, "Kyiv said."...), "Kyiv said.", "", nil},
		{"CRLF kept as written", []byte("Line one.\r\nLine two.\r\n"), "Line one.\r\nLine two.\r\n", "", nil},
		{"utf-16 LE with BOM", utf16le, "Kyiv said “no”.", "utf-16", nil},
		{"utf-16 BE with BOM", utf16be, "Kyiv said “no”.", "utf-16", nil},
		// Windows-1252 curly quotes (0x93, 0x94) and an e acute (0xE9).
		{"windows-1252", []byte("The \x93caf\xe9\x94 closed."), "The “café” closed.", "windows-1252", nil},
		{"empty", []byte{}, "", "", ErrEmpty},
		{"whitespace only", []byte(" \n\t\r\n "), "", "", ErrEmpty},
		{"binary with NUL", []byte("PK\x03\x04\x00\x00binary"), "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.raw)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if text != tt.text || enc != tt.encoding {
				t.Errorf("Decode = %q (%q), want %q (%q)", text, enc, tt.text, tt.encoding)
			}
		})
	}
}

func TestReadNDJSON(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "First article.", "published": "2021-12-29"}`,
		``,
		`not json at all`,
		`{"id": "c"}`,
		`{"id": 7, "text": "Numeric id."}`,
		`{"id": "d", "text": "Bad date.", "published": "yesterday"}`,
		`{"text": "No id."}`,
		`{"id": "e", "text": "Impossible date.", "published": "2021-02-30"}`,
		`{"id": "f", "text": "Timestamp.", "published": "2021-12-29T23:30:00-05:00"}`,
	}, "\n")
	var got []Article
	Reader{Format: FormatNDJSON}.ReadStream("in.jsonl", strings.NewReader(in), func(a Article) { got = append(got, a) })
	want := []struct{ id, err string }{
		{"a", ""},
		{"in.jsonl:3", "in.jsonl:3: not a JSON record"},
		{"in.jsonl:4", `in.jsonl:4: record has no "text"`},
		{"7", ""},
		{"d", `in.jsonl:6: "published" is not YYYY-MM-DD or an RFC 3339 timestamp`},
		{"in.jsonl:7", ""},
		{"e", `in.jsonl:8: "published" is not a real date: "2021-02-30"`},
		{"f", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].ID != w.id {
			t.Errorf("article %d: id %q, want %q", i, got[i].ID, w.id)
		}
		switch {
		case w.err == "" && got[i].Err != nil:
			t.Errorf("article %d: unexpected error %v", i, got[i].Err)
		case w.err != "" && (got[i].Err == nil || !strings.HasPrefix(got[i].Err.Error(), w.err)):
			t.Errorf("article %d: error %v, want prefix %q", i, got[i].Err, w.err)
		}
	}
	if got[0].Published != "2021-12-29" || got[7].Published != "2021-12-29" {
		t.Errorf("published = %q, %q", got[0].Published, got[7].Published)
	}
}

func TestMaxBytes(t *testing.T) {
	long := strings.Repeat("word ", 1000)
	var got []Article
	Reader{Format: FormatText, MaxBytes: 100}.ReadStream("big.txt", strings.NewReader(long), func(a Article) { got = append(got, a) })
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Error(), "big.txt: article is larger than --max-bytes") {
		t.Fatalf("got %+v", got)
	}
	// In NDJSON, one oversized record is reported and the next is still read.
	in := `{"id":"big","text":"` + long + `"}` + "\n" + `{"id":"ok","text":"Fine."}` + "\n"
	got = nil
	Reader{Format: FormatNDJSON, MaxBytes: 100}.ReadStream("in.jsonl", strings.NewReader(in), func(a Article) { got = append(got, a) })
	if len(got) != 2 || got[0].Err == nil || got[1].ID != "ok" || got[1].Err != nil {
		t.Fatalf("got %+v", got)
	}
}

// FuzzDecode: any bytes decode to valid UTF-8 text or give one of the named errors, never a panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Kyiv said “no”."))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8})
	f.Add([]byte("caf\xe9 \x93x\x94"))
	f.Add([]byte("a\x00b"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, _, err := Decode(raw)
		if err != nil {
			if text != "" {
				t.Fatalf("error %v with text %q", err, text)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decoded text is not UTF-8: %q", text)
		}
		if strings.IndexByte(text, 0) >= 0 {
			t.Fatalf("decoded text holds NUL: %q", text)
		}
		if len(bytes.TrimSpace([]byte(text))) == 0 {
			t.Fatalf("blank text accepted: %q", text)
		}
	})
}
