package cli

import (
	"net/url"
	"path"
	"runtime/debug"
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
	"github.com/newsbrief/newsbrief/internal/input"
	"github.com/newsbrief/newsbrief/internal/input/fetch"
)

// describeSource completes a brief with what a web page or a Markdown file said about its article:
// the headline and byline it declares win over what the text alone suggests, and the brief names
// where the article came from.
func describeSource(b *brief.Brief, src *input.Source) {
	if src == nil || (src.Format != input.FormatHTML && src.Format != input.FormatMarkdown) {
		return
	}
	if src.Title != "" {
		b.Title = brief.Str(src.Title)
	}
	if src.Byline != "" {
		b.Byline = brief.Str(src.Byline)
	}
	b.Source = &brief.Source{
		URL:          nonEmpty(src.URL),
		Site:         nonEmpty(src.Site),
		CanonicalURL: nonEmpty(src.CanonicalURL),
		Format:       string(src.Format),
	}
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return brief.Str(s)
}

// userAgent names newsbrief and its version to the servers it fetches from.
func userAgent() string {
	version := "devel"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = info.Main.Version
	}
	return "newsbrief/" + version + " (+https://github.com/newsbrief/newsbrief)"
}

// isURLPath reports an input given as an address.
func isURLPath(p string) bool { return fetch.IsURL(p) }

// urlFileName names a fetched page's brief inside --out-dir: its host and path as one file name
// ("example.org_2019_11_19_story"), never a path that could lead out of the folder.
func urlFileName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return sanitizeName(raw)
	}
	name := strings.Trim(u.Host+"/"+strings.TrimSuffix(strings.TrimSuffix(u.Path, "/"), path.Ext(u.Path)), "/")
	return sanitizeName(name)
}
