package cli

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the testscript scripts run the real CLI as the command "newsbrief".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsbrief": func() { os.Exit(Run(os.Args[1:], System())) },
	})
}

// TestScripts runs the CLI acceptance tests in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			// Scripts read the seed article and other shared fixtures from $TESTDATA.
			env.Setenv("TESTDATA", mustAbs(t, "../../testdata"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// binfile PATH writes a small binary file (with NUL bytes), which a txtar cannot hold.
			"binfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: binfile PATH")
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("PK\x03\x04\x00\x00binary\x00"), 0o644))
			},
		},
	})
}

func mustAbs(t *testing.T, p string) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd + "/" + p
}
