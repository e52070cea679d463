"""What the mayor sees first: the figures of the dashboard beyond one programme-period's status,
and which programme and period a window opens on. Reads plan and monitoring; nothing below
imports it."""
