"""The evaluation of a period: the chair's narrative and target revisions."""
