"""Half-year monitoring: data entry, rounds and their locks, actuals import,
evidence, warnings, the status of a programme-period and the dashboard's figures."""
