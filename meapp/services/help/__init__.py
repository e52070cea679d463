"""The built-in user guide."""
