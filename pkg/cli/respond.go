package cli

import (
	"errors"
	"fmt"

	"github.com/httpcode/httpcode/catalog"
	"github.com/httpcode/httpcode/pkg/render"
	"github.com/httpcode/httpcode/pkg/response"
)

// runResponses reads response heads from stdin (curl -sI, curl -sIL) and
// explains and checks each status line found.
func runResponses(g *globalOptions) error {
	ropt, err := g.resolve()
	if err != nil {
		return err
	}
	responses, err := response.Parse(g.streams.In)
	switch {
	case errors.Is(err, response.ErrTruncated):
		printError(g.streams.Err, err)
	case err != nil:
		return noMatch(fmt.Errorf("reading stdin: %w", err))
	}
	if len(responses) == 0 {
		return noMatch(errors.New("no HTTP status line found on stdin; pipe in a response head, e.g. curl -sI https://example.com | httpcode"))
	}
	checked := make([]render.Checked, len(responses))
	for i, r := range responses {
		checked[i].Response = r
		if es := catalog.ByCode(r.Code); len(es) > 0 {
			checked[i].Entry = es[0]
			checked[i].Problems = response.Check(&checked[i].Response, es[0])
		}
	}
	if g.json() {
		return render.JSON(g.streams.Out, render.ResponsesView(checked, ropt.Lang))
	}
	return render.Responses(g.streams.Out, checked, ropt)
}
