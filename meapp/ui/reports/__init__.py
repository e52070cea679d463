"""The Reports page's parts: what can be built (`kinds`), running a build (`build`) and the
in-app PDF preview (`preview`)."""
