from adr_lint.cli import main

raise SystemExit(main())
