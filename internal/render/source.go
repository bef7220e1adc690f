package render

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// sourceLink is a Markdown link to the page an article came from: the address fetched, else the
// page's canonical one, labelled with the site's name.
func sourceLink(src *brief.Source) string {
	if src == nil {
		return ""
	}
	url := deref(src.URL)
	if url == "" {
		url = deref(src.CanonicalURL)
	}
	if url == "" {
		return ""
	}
	label := "source"
	if src.Site != nil && *src.Site != "" {
		label = md(*src.Site)
	}
	// A parenthesis or space would end the link early.
	url = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(Clean(url))
	return "[" + label + "](" + url + ")"
}
