"""Who may act: users, passwords, roles in use, and secrets kept under a password."""
