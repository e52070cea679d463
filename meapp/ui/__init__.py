"""The Qt user interface: a thin layer over the services (see ARCHITECTURE.md)."""
