"""The store: the database, its schema and migrations, backups and restore, the
tamper-evident audit chain and the integrity check. Below every service; no Qt."""
