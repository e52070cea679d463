from meapp.cli import main

raise SystemExit(main())
