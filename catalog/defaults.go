package catalog

// defaults are what frameworks and servers send, unasked, in everyday cases.
// Sorted by ecosystem, then case.
var defaults = []Default{
	{Ecosystem: "rails", Case: CaseRedirect, Trigger: "redirect_to url", Code: 302,
		Source: "rails/rails actionpack/lib/action_controller/metal/redirecting.rb@v8.1.3.1"},
}
