"""The programme and its plan: programmes, the plan tree, indicators, targets and
budgets; editing, import from the council's workbooks, export."""
