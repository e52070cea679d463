"""What every service shares: text as councils write it, reading workbooks, the
one vocabulary of stored codes."""
