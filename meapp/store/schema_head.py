"""The Alembic revision the code expects, in a module that imports nothing: start-up
compares one string instead of importing Alembic, and the SQLAlchemy-free fast path of
`status --json` (meapp.services.dashboard.stored) compares the same string. A test keeps
it equal to the migrations' head."""

SCHEMA_HEAD = "0011_login_attempts"
