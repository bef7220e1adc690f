package cli

import (
	"os"

	"github.com/newsbrief/newsbrief/internal/check"
)

// checkConfig is the configuration `check` runs under, with the flags the user set on the command line
// (which win over the file).
type checkConfig struct {
	*check.Config
	flagSet func(name string) bool
}

// loadConfig reads --config, or the first .newsbrief.yaml from the working folder upward, unless
// --no-config; it returns nil when there is none.
func (co *checkOptions) loadConfig(s *Streams) (*checkConfig, error) {
	if co.noConfig {
		return nil, nil
	}
	path := co.config
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path, err = check.FindConfig(wd); err != nil || path == "" {
			return nil, err
		}
	}
	c, err := check.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	return &checkConfig{Config: c, flagSet: co.flagSet}, nil
}

// applyTo fills the flags the user did not give from the configuration: include and exclude globs, the
// publication date, the --fail-on threshold.
func (c *checkConfig) applyTo(opts *briefOptions, co *checkOptions) {
	if c == nil {
		return
	}
	if len(opts.include) == 0 {
		opts.include = c.Include
	}
	if len(opts.exclude) == 0 {
		opts.exclude = c.Exclude
	}
	if opts.published == "" {
		opts.published = c.Published
	}
	if c.FailOn != "" && !c.flagSet("fail-on") {
		co.failOn = c.FailOn
	}
}
