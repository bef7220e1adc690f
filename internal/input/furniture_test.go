package input

import "testing"

// TestFurniture: captions and photo credits are page furniture; datelines and prose are not.
func TestFurniture(t *testing.T) {
	for _, c := range []struct {
		line, kind string
	}{
		{"The crowd outside the stadium on Friday. Image: Dana Kowalski.", "caption"},
		{"Delegates at the summit. Photo: Reuters", "caption"},
		{"A rescue worker carries a child (Photo by Lena Ortiz/Getty Images)", "caption"},
		{"Protesters in the square. REUTERS/Ahmed Saad", "caption"},
		{"Opening night of the exhibit. Video: Kim Aalto.", "caption"},
		{"Also read | Markets fall again", "related"},
		{"[Edited with AP inputs]", "credit"},
		{"BKERKE, Lebanon, April 25, 1997 (AFP)", ""},
		{"The minister said the photo: was fake and would be withdrawn from the site.", ""},
		{"Polls show voters like him, according to a CBS/New York Times poll.", ""},
	} {
		f, ok := classifyLine(c.line)
		if got := map[bool]string{true: f.Kind}[ok]; got != c.kind {
			t.Errorf("%q: kind %q, want %q", c.line, got, c.kind)
		}
	}
}
