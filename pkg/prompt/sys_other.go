//go:build !unix

package prompt

import "os"

// readable cannot wait on a console handle portably; an Esc with nothing
// already buffered behind it is taken as the Esc key.
func readable(*os.File) bool { return false }

// restoreOnSignal has nothing to watch where signals are not Unix's.
func restoreOnSignal(func()) func() { return func() {} }
