"""The evaluation's widgets shared by more than one page (the Evaluation page is in ui/pages)."""
