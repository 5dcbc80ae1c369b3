package lookup

import (
	"github.com/httpcode/httpcode/catalog"
)

// Mask matches codes digit by digit; a wildcard position matches any digit.
// "4xx", "40x", "5??" and "4" (the whole class) are masks.
type Mask struct {
	digits [3]byte // '0'-'9', or 0 for a wildcard
}

// ParseMask reads a mask. A single digit 1-5 means its class; otherwise a
// mask is three characters, the first a class digit, each of the others a
// digit or one of x, X, ? and *, with at least one wildcard.
func ParseMask(s string) (Mask, bool) {
	var m Mask
	if len(s) == 1 && s[0] >= '1' && s[0] <= '5' {
		m.digits[0] = s[0]
		return m, true
	}
	if len(s) != 3 || s[0] < '1' || s[0] > '5' {
		return m, false
	}
	wild := false
	for i := 0; i < 3; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			m.digits[i] = c
		case c == 'x' || c == 'X' || c == '?' || c == '*':
			wild = true
		default:
			return m, false
		}
	}
	return m, wild
}

// Class returns the mask's first digit.
func (m Mask) Class() int { return int(m.digits[0] - '0') }

// WholeClass reports whether the mask covers a whole class, like "4xx".
func (m Mask) WholeClass() bool { return m.digits[1] == 0 && m.digits[2] == 0 }

// String writes the mask in its usual form: "4xx", "40x".
func (m Mask) String() string {
	b := []byte("xxx")
	for i, d := range m.digits {
		if d != 0 {
			b[i] = d
		}
	}
	return string(b)
}

// Match reports whether the code fits the mask.
func (m Mask) Match(code int) bool {
	if code < 100 || code > 999 {
		return false
	}
	d := [3]byte{byte('0' + code/100), byte('0' + code/10%10), byte('0' + code%10)}
	for i := range d {
		if m.digits[i] != 0 && m.digits[i] != d[i] {
			return false
		}
	}
	return true
}

// Registered returns the IANA-registered entries that fit the mask.
func (m Mask) Registered() []*catalog.Entry {
	return m.filter(func(e *catalog.Entry) bool { return e.Official() })
}

// All returns every entry that fits the mask, unofficial ones included.
func (m Mask) All() []*catalog.Entry { return m.filter(func(*catalog.Entry) bool { return true }) }

func (m Mask) filter(keep func(*catalog.Entry) bool) []*catalog.Entry {
	var out []*catalog.Entry
	for _, e := range catalog.All() {
		if m.Match(e.Code) && keep(e) {
			out = append(out, e)
		}
	}
	return out
}
