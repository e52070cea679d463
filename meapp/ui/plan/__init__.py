"""The plan editor's parts: the tree model with drag and drop, the forms for a plan item, an
indicator and the programme, and the undo commands that wrap the `plan_edit` services."""
