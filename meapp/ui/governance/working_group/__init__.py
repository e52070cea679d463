"""The Working group page's parts: members and quotas, hearings with proposals, public checks."""
