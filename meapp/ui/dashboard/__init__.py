"""The mayor's dashboard: overview cards and bars, drill-down views, executors and
municipalities tables. The page itself is `meapp.ui.pages.dashboard`."""
