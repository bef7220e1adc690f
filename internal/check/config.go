package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ConfigNames are the file names a configuration is looked for under, in each folder from the working
// folder up to the root, like .golangci.yml or .vale.ini.
var ConfigNames = []string{".newsbrief.yaml", ".newsbrief.yml"}

// Config is a .newsbrief.yaml file: which rules run and how severe they are, which files of a folder
// are read, and the publication date that resolves relative dates when an article gives none.
//
//	rules:
//	  date-unresolved: off            # off, warning or error
//	  surname-before-name: error
//	include: ["*.md"]
//	exclude: ["drafts/**"]
//	published: 2021-12-29
//	fail-on: warning
type Config struct {
	Path      string            `yaml:"-"` // where it was read from
	Rules     map[string]string `yaml:"rules"`
	Include   []string          `yaml:"include"`
	Exclude   []string          `yaml:"exclude"`
	Published string            `yaml:"published"`
	FailOn    string            `yaml:"fail-on"`
}

// FindConfig returns the path of the configuration that governs dir: the first ConfigNames file in dir
// or a folder above it, or "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range ConfigNames {
			p := filepath.Join(dir, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// LoadConfig reads and checks a configuration file (an empty one configures nothing). Every error names the file; an unknown key, rule
// or severity is an error rather than silently ignored, so a typo cannot switch a check off.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %s", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	for id, sev := range c.Rules {
		if _, ok := Lookup(id); !ok {
			return nil, fmt.Errorf("%s: rules: unknown rule %q (rules: %s)", path, id, strings.Join(IDs(), ", "))
		}
		if _, err := parseLevel(sev); err != nil {
			return nil, fmt.Errorf("%s: rules: %s: %v", path, id, err)
		}
	}
	if c.Published != "" {
		if _, err := time.Parse("2006-01-02", c.Published); err != nil {
			return nil, fmt.Errorf("%s: published must be a date YYYY-MM-DD, not %q", path, c.Published)
		}
	}
	if c.FailOn != "" {
		if _, err := ParseThreshold(c.FailOn); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
	}
	for _, g := range append(append([]string{}, c.Include...), c.Exclude...) {
		if _, err := filepath.Match(g, ""); err != nil {
			return nil, fmt.Errorf("%s: bad glob %q: %v", path, g, err)
		}
	}
	return c, nil
}

// parseLevel reads a severity in a configuration: off (the rule does not run), warning or error.
func parseLevel(s string) (Severity, error) {
	switch s {
	case "off":
		return Never, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Never, fmt.Errorf("severity must be off, warning or error, not %q", s)
}

// rule returns the severity the configuration sets for a rule, if it sets one.
func (c *Config) rule(id string) (string, bool) {
	if c == nil {
		return "", false
	}
	s, ok := c.Rules[id]
	return s, ok
}
