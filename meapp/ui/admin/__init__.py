"""Widgets of the administration pages: Risks (SWOT and the risk register), Users, Audit."""
