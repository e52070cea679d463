"""The monitoring page's parts: table models over the status DTOs, the grid view with
copy/paste and keyboard moves, the status symbols, and the dialogs of a row."""
