package termsafe

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestLine(t *testing.T) {
	for in, want := range map[string]string{
		"plain “text”.txt":                   "plain “text”.txt",
		"\x1b]0;PWNED\a\x1b]52;c;ZXZpbA==\a": `\x1b]0;PWNED\x07\x1b]52;c;ZXZpbA==\x07`,
		"raw \x9b2J":                         `raw \x9b2J`,
		"c1 \u009b2J":                        `c1 \u009b2J`,
		"tab\tnew\nline\r":                   `tab\x09new\x0aline\x0d`,
		"zero\u200bwidth \u202eevil":         `zero\u200bwidth \u202eevil`,
		"tag \U000E0041":                     `tag \U000e0041`,
		"del \x7f":                           `del \x7f`,
	} {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"Bi\u200bden, Pu\u00adtin, \ufeffX": "Biden, Putin, X",
		"a\tb\nc\u2028d":                    "a b c d",
		"\x1b[2J cleared \x9b":              `\x1b[2J cleared \x9b`,
		"bidi \u202eevil\u202c":             "bidi evil",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriterLines(t *testing.T) {
	var out bytes.Buffer
	w := NewLineWriter(&out)
	// A UTF-8 sequence split across writes is not mistaken for invalid bytes.
	_, _ = w.Write([]byte("caf\xc3"))
	_, _ = w.Write([]byte("\xa9 \x1b[2J\nnext\x07"))
	_ = w.Flush()
	if got, want := out.String(), "café \\x1b[2J\nnext\\x07"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestJSONWriter(t *testing.T) {
	in, _ := json.Marshal(map[string]string{"id": "a\u009bb\u200bc\U000E0041"})
	var out bytes.Buffer
	w := &JSONWriter{W: &out}
	for i := range in { // one byte at a time: split sequences are held back
		_, _ = w.Write(in[i : i+1])
	}
	_ = w.Flush()
	if got, want := out.String(), `{"id":"a\u009bb\u200bc\udb40\udc41"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	var v map[string]string
	if err := json.Unmarshal(out.Bytes(), &v); err != nil || v["id"] != "a\u009bb\u200bc\U000E0041" {
		t.Errorf("value changed: %q %v", v["id"], err)
	}
}
