package catalog

// Lang is a language httpcode writes its explanations in.
type Lang string

// The languages of the catalogue's text.
const (
	English  Lang = "en"
	Hinglish Lang = "hinglish"
)

// Text is a piece of prose in each language the catalogue carries.
type Text struct {
	En string
	Hi string // Hinglish: Hindi in Latin script, English technical words
}

// In returns the text in lang, falling back to English where the other
// language has not been written yet.
func (t Text) In(lang Lang) string {
	if lang == Hinglish && t.Hi != "" {
		return t.Hi
	}
	return t.En
}

// IsZero reports whether the text is empty in every language.
func (t Text) IsZero() bool { return t.En == "" && t.Hi == "" }
