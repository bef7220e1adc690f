package cli

import "runtime/debug"

// version is newsbrief's version: set at build time with
// -ldflags "-X github.com/newsbrief/newsbrief/internal/cli.version=v1.2.3", else the module version
// `go install` records, else "dev".
var version = ""

// Version returns the version newsbrief reports (--version, JSON and SARIF output).
func Version() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
