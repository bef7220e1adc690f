package cli

import "testing"

func TestUseColor(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	tests := []struct {
		mode     string
		terminal bool
		env      map[string]string
		want     bool
	}{
		{"auto", true, nil, true},
		{"auto", false, nil, false},
		{"auto", true, map[string]string{"NO_COLOR": "1"}, false},
		{"auto", true, map[string]string{"TERM": "dumb"}, false},
		{"always", false, map[string]string{"NO_COLOR": "1"}, true},
		{"never", true, nil, false},
	}
	for _, tt := range tests {
		got, err := useColor(tt.mode, &Streams{OutIsTerminal: tt.terminal, Getenv: env(tt.env)})
		if err != nil || got != tt.want {
			t.Errorf("useColor(%q, terminal=%v, %v) = %v, %v; want %v", tt.mode, tt.terminal, tt.env, got, err, tt.want)
		}
	}
	if _, err := useColor("sometimes", &Streams{Getenv: env(nil)}); err == nil {
		t.Error("useColor accepted an unknown mode")
	}
}
