import pytest


@pytest.mark.parametrize("n", range(25))
def test_dashboard_only(demo_db, make_window, n):
    make_window(demo_db)
