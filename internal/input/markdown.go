package input

// prepareMarkdown reads a Markdown story. Until Markdown is parsed, it is read as plain text, as
// before.
func (rd Reader) prepareMarkdown(a Article, raw []byte) Article {
	text, enc, err := Decode(raw)
	if err != nil {
		return Article{ID: a.ID, Path: a.Path, Err: errorf(a.ID, err)}
	}
	a.Text, a.Encoding = text, enc
	return a
}
