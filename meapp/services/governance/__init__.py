"""Participation: the working group, hearings and meetings, public checks, SWOT
and risks."""
