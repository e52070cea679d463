"""Start meapp from a checkout: `python main.py [options]` is the same as `meapp [options]`.

Wiring only; the GUI start lives in `meapp.ui.app.run_gui`, the command line in `meapp.cli`.
"""

from meapp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
