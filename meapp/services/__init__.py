"""Use cases (plan, monitoring, reports, exchange, users, audit…). No Qt import here."""
