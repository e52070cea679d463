"""GUI side of the same-named domain (meapp.services / meapp.store)."""
