"""``python -m briefing`` runs the same CLI as the ``briefing`` command."""

from .cli import main

raise SystemExit(main())
