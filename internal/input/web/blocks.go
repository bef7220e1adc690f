package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph of the extracted content, with what cleanup needs to judge it.
type block struct {
	text    string
	heading bool   // an <h2>–<h6> subhead (or an <h1> repeated inside the content)
	classes string // the class and id names of the block and its ancestors, lower-cased
}

// blocks renders the library's content node as paragraphs, the way a reader sees the story: block
// elements (and <br>) separate paragraphs, white space inside one is collapsed, and what is not prose
// (images, figures with their captions and credits, forms, buttons, embedded media) is left out.
func blocks(root *html.Node) []block {
	r := blockRenderer{}
	r.walk(root, "")
	r.flush()
	return r.out
}

type blockRenderer struct {
	out     []block
	cur     strings.Builder
	heading bool
	classes string
}

func (r *blockRenderer) walk(n *html.Node, classes string) {
	switch n.Type {
	case html.TextNode:
		if r.cur.Len() == 0 {
			r.classes = classes
		}
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if names := strings.TrimSpace(attr(n, "class") + " " + attr(n, "id")); names != "" {
			classes += " " + strings.ToLower(names)
		}
		if n.DataAtom == atom.Br {
			r.flush()
			return
		}
	}
	isBlock := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if isBlock {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, classes)
	}
	if isBlock {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			r.heading = true
		}
		r.flush()
	}
}

func (r *blockRenderer) flush() {
	text := oneLine(r.cur.String())
	if text != "" {
		r.out = append(r.out, block{text: text, heading: r.heading, classes: r.classes})
	}
	r.cur.Reset()
	r.heading = false
	r.classes = ""
}

// skipped elements hold no story text: media and their captions, forms, scripts.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Figure: true,
	atom.Figcaption: true, atom.Button: true, atom.Form: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Label: true, atom.Nav: true, atom.Aside: true,
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true,
}
